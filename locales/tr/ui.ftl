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

## CAPTCHA hints (Relais never solves a CAPTCHA: it explains it)
captcha-title = Güvenlik kontrolü: «Je ne suis pas un robot» (Ben robot değilim)
captcha-what = Web sitesi, bir bilgisayar programı değil, bir insan olduğunuzu kanıtlamanızı istiyor. Relais bunu sizin yerinize yanıtlamaz: bu adımı kendiniz nasıl geçeceğinizi burada bulabilirsiniz.
captcha-steps-captchetat = Resimdeki harfleri ve rakamları, gördüğünüz gibi aynen, boşluk bırakmadan kutuya yazın.
captcha-audio-captchetat = Kodu dinlemek isterseniz hoparlör düğmesine basın: «Énoncer le code» (Kodu sesli oku). Gerektiği kadar tekrar dinleyebilirsiniz. Oklu düğme yeni bir resim gösterir.
captcha-steps-recaptcha-v2 = «Je ne suis pas un robot» (Ben robot değilim) kutusunu işaretleyin. Resimler çıkarsa, istenen resimleri seçin ve «Valider» (Onayla) düğmesine basın.
captcha-audio-recaptcha-v2 = Resimleri iyi göremiyorsanız, resim penceresindeki kulaklık düğmesine basın: yazmanız gereken kelimeleri duyacaksınız. Onları tekrar dinleyebilirsiniz.
captcha-steps-recaptcha-invisible = Bir şey yapmanız gerekmiyor: bu kontrol kendiliğinden yapılır. Sayfa robota benzediğinizi söylerse, biraz bekleyin ve tekrar deneyin.
captcha-steps-hcaptcha = «Je suis un humain» (Ben bir insanım) kutusunu işaretleyin. Resimler çıkarsa, istenen resimleri seçin.
captcha-audio-hcaptcha = hCaptcha'nın bir erişilebilirlik seçeneği var: resim penceresinde menüyü açıp yazılı bir soru isteyebilir ya da bir kez kaydolarak hCaptcha'nın erişilebilirlik çerezini alabilirsiniz.
captcha-steps-turnstile = Genellikle bir şey yapmanız gerekmez. Bir kutu çıkarsa, işaretleyin ve birkaç saniye bekleyin.
captcha-steps-friendly-captcha = Kontrol kendiliğinden yapılır. Kontrolün bittiği yazılana kadar bekleyin; sizden isterse düğmesine basın.
captcha-steps-image = Resimdeki karakterleri yanındaki kutuya yazın.
captcha-audio-image = Dinlemek ya da yeni bir resim almak için bir düğme varsa, onu gerektiği kadar kullanabilirsiniz.
captcha-steps-question = Kutuya sorunun cevabını yazın. Bu basit bir sorudur, örneğin bir toplama işlemi.
captcha-fails = Yine başarısız olursa bir arabulucuya (yardımcıya) sorun. Relais her başarısız denemeyi kanıt olarak günlüğünüze kaydeder. İdareden bu işlemi internet dışında başka bir yolla yapmayı isteme hakkınız var.
captcha-go-audio = Sesli sürüme git
captcha-go-widget = Kontrole git
captcha-blocked = Bu güvenlik kontrolü { $count } kez başarısız oldu. Relais bunu kaydetti.

## Evidence journal
popup-journal = Günlüğümü aç
popup-report = Burada takıldım: bu sayfayı kaydet
popup-report-note = Ne oldu? (isteğe bağlı)
popup-recorded = Günlüğünüze kaydedildi.
journal-title = Kanıt günlüğüm
journal-intro = Bir devlet sitesinde yaşanan her başarısızlığı Relais kendiliğinden kaydeder. Her kayıt bir öncekine bağlıdır; bu yüzden kimse bir kaydı fark edilmeden değiştiremez.
journal-empty = Henüz hiçbir şey kaydedilmedi.
journal-per-day = Gün başına deneme sayısı
journal-attempts = Deneme sayısı: { $count }
journal-delete = Bu kaydı sil
journal-delete-confirm = Bu kayıt silinsin mi? Kayıt günlükte «silindi» olarak, belirttiğiniz nedenle birlikte kalır.
journal-export = Avukat için kanıt paketini (ZIP) dışa aktar
journal-print = Dosyayı yazdır (PDF)
journal-import = Başka bir bilgisayardan kanıt paketi içe aktar
journal-import-ok = Kanıt paketi doğrulandı ve içe aktarıldı: { $count } kayıt.
journal-import-refused = Kanıt paketi reddedildi, günlüğünüz değişmedi: { $detail }
journal-error = Günlük okunamadı: { $detail }
