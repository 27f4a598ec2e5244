### Relais interface strings, Arabic (machine-drafted by an AI language model, November 2026, not reviewed by a native speaker). Message ids are prefixed by the surface that shows them.

## Popup (نافذة الإضافة)
popup-title = Relais
popup-language = لغتك
popup-site-on = اعرض الترجمات على هذا الموقع
popup-site-unsupported = يعمل Relais على مواقع الخدمات العامة الفرنسية. هذه الصفحة ليست منها.
popup-site-add = استخدم Relais على هذا الموقع أيضًا
popup-unreviewed = هذه الترجمة صنعتها آلة، ولم يراجعها بعد شخص لغته الأم العربية. إذا كان شيء غير واضح، اسأل وسيطًا أو مرافقًا اجتماعيًا.
popup-reviewed = راجع هذه الترجمة شخص لغته الأم العربية.
popup-produced = كيف صُنعت هذه الترجمة: { $produced }
popup-error = لم يستطع Relais أن يبدأ: { $detail }

## Overlay on portal pages (على صفحات المواقع)
overlay-explain = اشرح
overlay-unreviewed = ترجمة لم يراجعها بعد شخص لغته الأم العربية.
overlay-fallback = غير مترجم بعد إلى لغتك: معروض بلغة أخرى.
overlay-read-aloud = اقرأ بصوت عالٍ
overlay-no-voice = لا يوجد في هذا الحاسوب صوت للغتك. يمكنك الاستماع بالفرنسية.
overlay-hard = نص فرنسي صعب هنا: اقرأ ببطء، أو اطلب المساعدة من وسيط.
overlay-read-french = اقرأ بالفرنسية

## Errors (each names the Rust error it explains) (الأخطاء)
error-protocol = تلقّى Relais رسالة لا يفهمها. ({ $detail })
error-unknown-language = لا يملك Relais هذه اللغة بعد.
error-locale = أحد ملفات اللغة في Relais تالف. اختر لغة أخرى أو أعد تثبيت Relais. ({ $detail })
error-not-loaded = اللغة ما زالت قيد التحميل. حاول مرة أخرى بعد قليل.
