### Relais interface strings, Turkish. Message ids are prefixed by the surface that shows them.
### Machine-drafted by an AI language model (Claude), November 2026. Not reviewed by a native speaker.

## Popup
popup-title = Relais
popup-language = Diliniz
popup-site-on = Bu web sitesinde çevirileri göster
popup-site-unsupported = Relais, Fransız kamu hizmeti web sitelerinde çalışır. Bu sayfa onlardan biri değil.
popup-site-add = Relais'i bu web sitesinde de kullan
popup-unreviewed = Bu çeviri bir makine tarafından yapıldı ve henüz anadili Türkçe olan biri tarafından kontrol edilmedi. Anlaşılmayan bir şey varsa bir arabulucuya (yardımcıya) sorun.
popup-reviewed = Bu çeviri anadili Türkçe olan biri tarafından kontrol edildi.
popup-produced = Bu çeviri nasıl yapıldı: { $produced }
popup-error = Relais başlatılamadı: { $detail }

## Overlay on portal pages
overlay-explain = Açıkla
overlay-unreviewed = Çeviri henüz anadili Türkçe olan biri tarafından kontrol edilmedi.
overlay-fallback = Henüz dilinize çevrilmedi: başka bir dilde gösteriliyor.
overlay-read-aloud = Sesli oku
overlay-no-voice = Bu bilgisayarda dilinize ait bir ses yok. Fransızca dinleyebilirsiniz.
overlay-hard = Burada zor bir Fransızca metin var: yavaş okuyun ya da bir arabulucudan yardım isteyin.
overlay-read-french = Fransızca oku

## Errors (each names the Rust error it explains)
error-protocol = Relais anlamadığı bir mesaj aldı. ({ $detail })
error-unknown-language = Relais'de bu dil henüz yok.
error-locale = Relais'in bir dil dosyası bozuk. Başka bir dil seçin veya Relais'i yeniden yükleyin. ({ $detail })
error-not-loaded = Dil hâlâ yükleniyor. Biraz sonra tekrar deneyin.
