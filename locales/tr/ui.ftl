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
overlay-close = Kapat
overlay-read-french = Fransızca oku
# Machine-drafted (AI language model, December 2026), not reviewed: the next four messages.
overlay-key-words = Anahtar kelimeler:
overlay-translation-unreviewed = çeviri henüz gözden geçirilmedi
overlay-translation-by-portal = sitenin kendi çevirisi
overlay-source = Kaynak: { $name }, { $date } tarihinde kontrol edildi

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
journal-storage-full = Günlüğünüze kaydedildi, ama ekran görüntüsü olmadan: bu tarayıcının depolama alanı dolu. Günlüğünüzü dışa aktarın, sonra biraz yer açın.
journal-not-recorded = Relais bu başarısızlığı günlüğünüze kaydedemedi. Kendiniz bir ekran görüntüsü alın.

## Mediator mode: the bar on the portal's page, the mediator page, the popup
popup-mediator-start = Arabulucu görüşmesi başlat
popup-mediator-on = Bir arabulucu görüşmesi sürüyor.
popup-mediator-open = Cümleler, notlar, görüşmeyi bitirme
mediator-bar = Relais arabulucu modu
mediator-language = Kişinin dili:
mediator-read-field = Bu alanı sesli oku
mediator-no-field = Önce formdaki bir alana tıklayın ya da Tab tuşuyla bir alana gidin.
mediator-smaller = Daha küçük yazı
mediator-larger = Daha büyük yazı
mediator-phrases = Cümleler
mediator-notes = Notlar
mediator-end = Görüşmeyi bitir
mediator-title = Arabulucu görüşmesi
mediator-intro = Bir arabulucu ve yanındaki kişi için, aynı ekranın önünde. Notlar ve gizli cümleler yalnızca bu sayfada yazılır, asla web sitesinde yazılmaz.
mediator-session-title = Görüşme
mediator-session-on = Bir görüşme sürüyor. Başlangıç: { $started }.
mediator-no-session = Şu an görüşme yok. Kişinin dilini seçin, sonra bir görüşme başlatın.
mediator-choose-language = Kişinin dili
mediator-start = Görüşme başlat
mediator-started = Görüşme başladı. Web sitesi artık Fransızcayı ve kişinin dilini yan yana gösteriyor.
mediator-phrases-title = Cümle kartları
mediator-unreviewed = Çeviri henüz anadili Türkçe olan biri tarafından kontrol edilmedi.
mediator-card-read = Sesli oku
mediator-card-close = Kapat
mediator-notes-title = Görüşme notları
mediator-notes-help = Yalnızca bu görüşme boyunca saklanır. Kişi isterse notları günlüğüyle birlikte saklayabilir.
mediator-notes-saved = Notlar bu görüşme için kaydedildi.
mediator-end-title = Görüşmeyi bitir
mediator-end-help = Bu görüşmeye ait her şey bu bilgisayardan silinir: dil, notlar, günlük, ekran görüntüleri. Kişi günlüğünü, gizli bir cümleyle korunan bir profilde saklayabilir.
mediator-keep-legend = Ne saklansın?
mediator-keep-none = Hiçbir şey saklama
mediator-keep-profile = Günlüğü, gizli bir cümleyle korunan bir profilde sakla
mediator-profile-name = Profil adı (baş harfler ya da bir takma ad yeterli)
mediator-passphrase = Gizli cümle (en az 8 karakter)
mediator-passphrase-again = Gizli cümle, bir kez daha
mediator-keep-notes = Notları günlükle birlikte sakla
mediator-end-button = Görüşmeyi şimdi bitir
mediator-ended = Görüşme bitti. Bu bilgisayarda ondan hiçbir şey kalmadı.
mediator-ended-kept = Görüşme bitti. Günlük, korunan profilde saklanıyor: { $profile }. Bu bilgisayarda başka hiçbir şey kalmadı.
mediator-profile-name-needed = Profile bir ad verin.
mediator-passphrase-short = Gizli cümle en az 8 karakter olmalı.
mediator-passphrase-mismatch = İki gizli cümle birbirinden farklı.
mediator-wrong-passphrase = Bu gizli cümle bu profili açmıyor. Hiçbir şey değiştirilmedi.
mediator-profiles-title = Bu bilgisayardaki profiller
mediator-profiles-empty = Bu bilgisayarda saklanan profil yok.
mediator-profile-dates = Oluşturulma: { $created }. Son saklama: { $updated }.
mediator-profile-open = Aç ve görüşme başlat
mediator-profile-opened = Profil açıldı: { $profile }. Bu profilin günlüğüyle bir görüşme sürüyor.
mediator-profile-export = Günlüğü dışa aktar (ZIP)
mediator-profile-delete = Sil
mediator-profile-delete-confirm = Bu profil ve günlüğü bu bilgisayardan silinsin mi? Bu işlem geri alınamaz.
mediator-profile-deleted = Profil silindi: { $profile }.

## Journal page: grouping and notes
journal-notes = Notlar
journal-note-add = Not ekle
journal-note-label = Notunuz (saatiyle birlikte zincire eklenir ve sonra değiştirilemez)
journal-note-save = Notu kaydet
journal-note-journal = Günlüğün tamamı için not
journal-note-saved = Not günlüğe kaydedildi.
journal-research = Araştırma için anonim rakamlar paylaş

## Research export
research-title = Araştırma için anonim rakamlar paylaş
research-intro = Araştırmacılar ve dernekler, insanların Fransız kamu hizmeti web sitelerinde yaşadığı başarısızlıkları sayar; böylece bu sitelerin insanları nerede engellediğini gösterirler. Onlara günlüğünüzden rakamlar verebilirsiniz. Relais kendiliğinden hiçbir şey göndermez: bir dosya indirirsiniz ve onu kime vereceğinizi siz seçersiniz.
research-shared-title = Dosyada ne var
research-shared = Her başarısızlık ve her saat için bir satır: site, işlem, başarısızlığın türü, sitenin mesajı (kişisel bilgiler değiştirilmiş olarak, örneğin telefon numarası yerine [PHONE]), aşağı yuvarlanmış saat (evrensel saat, UTC), haftanın günü, deneme sayısı, tarayıcınızın türü, Relais sürümü, bir katılımcı kimliği ve her dosya için yeniden seçilen bir dosya kimliği.
research-never-title = Dosyada asla olmayanlar
research-never = Ekran görüntüsü yok, sayfa adresi yok, sayfa başlığı yok, not yok, dakikası belli saat yok, yazdığınız hiçbir şey yok. Günlüğünüzden sildiğiniz kayıtlar dosyaya girmez. «Burada takıldım» düğmesine bastığınızda yazdıklarınız paylaşılmaz: bu satırların mesajı boştur.
research-contributor = Katılımcı kimliği: { $id }
research-contributor-help = Relais'in bu bilgisayarda rastgele seçtiği bir sayı. Araştırmacılar bununla, rakam gönderen kaç farklı kişi olduğunu, kim olduklarını bilmeden sayabilir. Bütün dosyalarınızda aynıdır; istediğiniz zaman yeni bir tane seçtirebilirsiniz.
research-contributor-new = Yeni bir katılımcı kimliği seç
research-contributor-changed = Yeni bir katılımcı kimliği seçildi. Aşağıdaki satırlarda bu kimlik var.
research-departement-label = Département'ınız (isteğe bağlı)
research-departement-none = Paylaşılmıyor
research-departement-consent = Bir département seçerseniz, dosyanın her satırına eklenmesini kabul etmiş olursunuz. Paylaşmamak için «Paylaşılmıyor» seçeneğini bırakın.
research-table-caption = Dosyanın satırları: { $count }. Bir satırı dışarıda bırakmak için işaretini kaldırın.
research-col-include = Dahil et
research-col-portal = Site
research-col-procedure = İşlem
research-col-kind = Başarısızlık
research-col-message = Sitenin mesajı (anonim)
research-col-hour = Saat (UTC)
research-col-weekday = Gün
research-col-attempts = Denemeler
research-include-label = Dahil et — satır { $n }: { $portal }, { $kind }, { $hour }
research-every-line = Her satırda ayrıca şunlar var: katılımcı kimliği { $id }, tarayıcı { $browser }, Relais { $version }, biçim sürümü { $schema }, département: { $departement }.
research-departement-not-shared = paylaşılmıyor
research-download-jsonl = Dosyayı indir (JSON Lines)
research-download-csv = Dosyayı indir (CSV, tablo programı için)
research-downloaded = Dosya hazır: { $file }, { $count } satır.
research-nothing-selected = Hiçbir satır işaretli değil: indirilecek bir şey yok.
research-empty = Günlüğünüzde henüz paylaşılacak bir başarısızlık yok.
research-left-out = Günlüğünüzdeki bazı kayıtlar satıra dönüştürülemedi ve dışarıda bırakıldı: { $count }.
research-error = Araştırma dosyası oluşturulamadı: { $detail }
research-kind-no-slot = Boş randevu yok
research-kind-http-error = Site hatası
research-kind-network-error = Site yanıt vermiyor
research-kind-technical-error = Teknik hata
research-kind-service-unavailable = Hizmet kullanılamıyor
research-kind-session-expired = Oturum süresi doldu
research-kind-file-refused = Belge reddedildi
research-kind-account-locked = Hesap kilitlendi
research-kind-wrong-credentials = Kullanıcı adı veya şifre yanlış
research-kind-captcha-blocked = Güvenlik kontrolü (CAPTCHA)
research-kind-form-error = Form reddedildi
research-kind-user-reported = Sizin bildirdiğiniz
research-kind-other = Diğer
journal-tsa-title = Güvenilir saat (isteğe bağlı)
journal-tsa-help = Bir zaman damgası kurumu (RFC 3161), günlüğünüzün son kaydının dijital parmak izini imzalayabilir: bu, günlüğün o saatte var olduğunu kanıtlar. Relais bu kuruma yalnızca bu parmak izini gönderir, kayıtlarınızdan hiçbir şey göndermez. En iyisi, birbirinden bağımsız iki kurum kullanmaktır.
journal-tsa-urls = Zaman damgası kurumlarının adresleri, her satıra bir adres
journal-tsa-button = Günlüğüme şimdi zaman damgası vur
journal-tsa-ok = Zaman damgası vuruldu: { $tsa }.
journal-tsa-failed = Zaman damgası vurulamadı ({ $tsa }): { $detail }
journal-tsa-denied = Relais'in bu adreslere bağlanmak için izninize ihtiyacı var. Hiçbir şey gönderilmedi.

## Untranslated strings page
untranslated-title = Çevirisi olmayan metinler
untranslated-intro = Bu bilgisayarın tam çevirisi olmadan karşılaştığı portal metinleri, kişisel veri olmadan sayıldı: sayılar, tarihler ve adresler değişkenlerle değiştirildi. Hiçbir şey bilgisayardan çıkmaz: listeyi çevirmenler için dışa aktarabilirsiniz.
untranslated-lang-label = Çeviri dili
untranslated-col-french = Fransızca metin
untranslated-col-portal = Portal
untranslated-col-kind = Tür
untranslated-col-count = Kez
untranslated-col-last = Son kez
untranslated-export = Çevirmenler için dışa aktar (PO dosyası)
untranslated-clear = Listeyi temizle
untranslated-clear-confirm = Bu bilgisayarda sayılan tüm metinler silinsin mi?
untranslated-cleared = Liste temizlendi.
untranslated-empty = Bu dil için çevirisi olmayan metin yok.
untranslated-count = Çevirisi olmayan metin: { $count }
untranslated-exported = Dosya hazır: { $file }, metin sayısı: { $count }.
popup-untranslated = Çevirisi olmayan metinler
