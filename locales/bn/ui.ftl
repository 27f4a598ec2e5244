### Relais interface strings, Bengali (bn). Message ids are prefixed by the surface that shows them.
### Machine-drafted by an AI language model (Claude), November 2026. Not reviewed by a native speaker.

## Popup — এক্সটেনশনের জানালা
popup-title = Relais
popup-language = আপনার ভাষা
popup-site-on = এই ওয়েবসাইটে অনুবাদ দেখান
popup-site-unsupported = Relais ফ্রান্সের সরকারি সেবার ওয়েবসাইটে কাজ করে। এই পৃষ্ঠাটি তাদের একটি নয়।
popup-site-add = এই ওয়েবসাইটেও Relais ব্যবহার করুন
popup-unreviewed = এই অনুবাদ একটি যন্ত্র করেছে, এখনো কোনো মাতৃভাষী মানুষ তা যাচাই করেননি। কিছু পরিষ্কার না হলে একজন মধ্যস্থতাকারী বা সহায়তাকর্মীকে জিজ্ঞেস করুন।
popup-reviewed = এই অনুবাদ একজন মাতৃভাষী মানুষ যাচাই করেছেন।
popup-produced = এই অনুবাদ কীভাবে তৈরি হয়েছে: { $produced }
popup-error = Relais চালু হতে পারেনি: { $detail }

## Overlay on portal pages — সরকারি ওয়েবসাইটের পাতায়
overlay-explain = ব্যাখ্যা
overlay-unreviewed = অনুবাদটি এখনো কোনো মাতৃভাষী মানুষ যাচাই করেননি।
overlay-fallback = এখনো আপনার ভাষায় অনুবাদ হয়নি: অন্য ভাষায় দেখানো হচ্ছে।
overlay-read-aloud = জোরে পড়ে শোনান
overlay-no-voice = এই কম্পিউটারে আপনার ভাষার কোনো কণ্ঠস্বর নেই। আপনি ফরাসি ভাষায় শুনতে পারেন।
overlay-hard = এখানে কঠিন ফরাসি লেখা: ধীরে পড়ুন, অথবা একজন সহায়তাকারীর সাহায্য নিন।
overlay-read-french = ফরাসিতে পড়ে শোনান

## Errors (each names the Rust error it explains) — ত্রুটি
error-protocol = Relais এমন একটি বার্তা পেয়েছে যা সে বুঝতে পারছে না। ({ $detail })
error-unknown-language = Relais-এ এখনো এই ভাষা নেই।
error-locale = Relais-এর একটি ভাষার ফাইল নষ্ট হয়ে গেছে। অন্য ভাষা বেছে নিন বা Relais আবার ইনস্টল করুন। ({ $detail })
error-not-loaded = ভাষাটি এখনো লোড হচ্ছে। একটু পরে আবার চেষ্টা করুন।
