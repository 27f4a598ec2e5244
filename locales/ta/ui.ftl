### Relais interface strings, Tamil (ta). Message ids are prefixed by the surface that shows them.
### Machine-drafted by an AI language model (Claude), November 2026. Not reviewed by a native speaker.

## Popup — நீட்டிப்புச் சாளரம்
popup-title = Relais
popup-language = உங்கள் மொழி
popup-site-on = இந்த இணையதளத்தில் மொழிபெயர்ப்புகளைக் காட்டு
popup-site-unsupported = Relais பிரான்ஸ் அரசுச் சேவை இணையதளங்களில் வேலை செய்கிறது. இந்தப் பக்கம் அவற்றில் ஒன்று அல்ல.
popup-site-add = இந்த இணையதளத்திலும் Relais-ஐப் பயன்படுத்து
popup-unreviewed = இந்த மொழிபெயர்ப்பை ஒரு இயந்திரம் செய்தது. தமிழைத் தாய்மொழியாகக் கொண்ட யாரும் இன்னும் இதைச் சரிபார்க்கவில்லை. ஏதாவது புரியவில்லை என்றால், ஒரு உதவியாளரிடம் (médiateur) கேளுங்கள்.
popup-reviewed = இந்த மொழிபெயர்ப்பைத் தமிழைத் தாய்மொழியாகக் கொண்ட ஒருவர் சரிபார்த்துள்ளார்.
popup-produced = இந்த மொழிபெயர்ப்பு எப்படி உருவாக்கப்பட்டது: { $produced }
popup-error = Relais தொடங்க முடியவில்லை: { $detail }

## Overlay on portal pages — அரசு இணையதளப் பக்கங்களில்
overlay-explain = விளக்கம்
overlay-unreviewed = மொழிபெயர்ப்பு இன்னும் தாய்மொழியாளர் ஒருவரால் சரிபார்க்கப்படவில்லை.
overlay-fallback = இன்னும் உங்கள் மொழியில் மொழிபெயர்க்கப்படவில்லை: வேறு மொழியில் காட்டப்படுகிறது.
overlay-read-aloud = சத்தமாகப் படித்துக் காட்டு
overlay-no-voice = இந்தக் கணினியில் உங்கள் மொழிக்கான குரல் இல்லை. நீங்கள் பிரெஞ்சு மொழியில் கேட்கலாம்.
overlay-hard = இங்கே கடினமான பிரெஞ்சு உரை: மெதுவாகப் படியுங்கள், அல்லது ஒரு உதவியாளரிடம் கேளுங்கள்.
overlay-read-french = பிரெஞ்சில் படித்துக் காட்டு

## Errors (each names the Rust error it explains) — பிழைகள்
error-protocol = Relais-க்குப் புரியாத ஒரு செய்தி வந்துள்ளது. ({ $detail })
error-unknown-language = Relais-இல் இந்த மொழி இன்னும் இல்லை.
error-locale = Relais-இன் ஒரு மொழிக் கோப்பு சேதமடைந்துள்ளது. வேறு மொழியைத் தேர்ந்தெடுங்கள் அல்லது Relais-ஐ மீண்டும் நிறுவுங்கள். ({ $detail })
error-not-loaded = மொழி இன்னும் ஏற்றப்படுகிறது. சிறிது நேரம் கழித்து மீண்டும் முயலுங்கள்.
