### Relais: mediator-mode phrase cards, Turkish (tr).
### Ready sentences the mediator shows full-screen or plays aloud in the person's language. Same ids as the French master (fr/phrases.ftl).
### Machine-drafted by an AI language model, November 2026, from the French master. Not reviewed by a native speaker.

# Her görüşmenin başında ve sonunda kullanılır: karşılama, kişinin onayı, ne yaptığımız, gizlilik, bitiş.
## Genel: karşılama, onay, açıklama, gizlilik, bitiş

phrase-general-hello = Merhaba. İnternetten yapacağınız resmi işlemde size yardım etmek için buradayım.
phrase-general-together = Bu işlemi bu bilgisayarda birlikte yapacağız.
phrase-general-your-choice = Karar veren sizsiniz. Sizin onayınız olmadan hiçbir şey yapmam.
phrase-general-translation-tool = Bu program sitedeki kelimeleri sizin dilinize çevirir. Hata yapabilir.
phrase-general-read-aloud = Mesajı sesli okuyacağım.
phrase-general-understood = Anladınız mı? Tekrar edebilirim ya da başka türlü açıklayabilirim.
phrase-general-interpreter = Burada ya da telefonla bir tercüman ister misiniz?
phrase-general-nothing-sent = Relais bilgilerinizi kimseye göndermez. Yazdıklarınızı sadece resmi kurumun sitesi alır.
phrase-general-keep-data = Bu bilgileri bu bilgisayarda, bir şifreyle korunmuş olarak saklamak ister misiniz?
phrase-general-passphrase = Bilgilerinizi korumak için gizli bir cümle seçin. Bu cümleyi kimseye söylemeyin.
phrase-general-erased-at-end = Sonunda bilgileriniz bu bilgisayardan silinir. Saklamayı seçerseniz silinmez.
phrase-general-log-out = Hesabınızdan çıkış yapıyorum, sonra sayfayı kapatıyorum.
phrase-general-finished = Bugünlük işimiz bitti. Bütün kağıtlarınızı iyi saklayın.
phrase-general-come-back = Bir sorunuz ya da yeni bir mektubunuz olursa yine bana gelebilirsiniz.

# Site kimlik bilgilerini istediğinde kullanılır: belgeler, adlar, doğum tarihi ve yeri, adres.
## Kimlik: belgeler, adlar, tarihler

phrase-identity-passport = Pasaportunuz ya da kimlik kartınız yanınızda mı?
phrase-identity-show-papers = Getirdiğiniz bütün kağıtları bana gösterebilir misiniz?
phrase-identity-name-as-passport = İsminizi tam olarak pasaportunuzda yazdığı gibi yazıyoruz.
phrase-identity-other-spelling = İsminiz başka kağıtlarda farklı mı yazılmış?
phrase-identity-no-first-name = Adınız (prénom) yoksa bana söyleyin. Bazı sitelerde bunun için bir kutucuk vardır.
phrase-identity-birth-date = Doğum tarihiniz nedir? Fransa'da önce gün, sonra ay, sonra yıl yazılır.
phrase-identity-birth-place = Nerede doğdunuz? Bana şehri ve ülkeyi söyleyin.
phrase-identity-birth-certificate = Site doğum belgenizi istiyor. Belgenin aslı ya da kopyası sizde var mı?
phrase-identity-not-recognised = Site bu belgeyi tanımıyor. Bu sizin suçunuz değil.
phrase-identity-photo-consent = Siteye göndermek için bu belgenin fotoğrafını çekebilir miyim?
phrase-identity-mail-address = Mektuplarınızı alabileceğiniz bir adresiniz var mı? Bu bir derneğin adresi olabilir.

# Oturum işlemleri için kullanılır: oturma izni, récépissé, yabancı numarası, ANEF sitesi, préfecture (valilik) çağrı yazısı.
## Oturum: oturma izni, récépissé, yabancı numarası, ANEF, çağrı yazısı

phrase-residence-permit-number = Oturma izni (titre de séjour) numaranız var mı? Bu numara kartınızda ya da récépissé belgenizde yazar.
phrase-residence-foreign-number = Yabancı numaranız (numéro étranger) 10 rakamlıdır. Oturma izninizde ve récépissé belgenizde yazar.
phrase-residence-anef-account = ANEF sitesinde zaten bir hesabınız var mı?
phrase-residence-anef-username = ANEF'te kullanıcı adınız (identifiant) çoğu zaman yabancı numaranızdır.
phrase-residence-end-date = Oturma izninizin bitiş tarihine birlikte bakalım.
phrase-residence-renew-early = Yenileme başvurusunu bitiş tarihinden önce yapmanız gerekir. Son ana kadar beklemeyin.
phrase-residence-recepisse = Récépissé (başvuru alındı belgesi) sizde var mı? Bu, başvurunuzun devam ettiğini gösteren kağıttır.
phrase-residence-proof-of-submission = Başvuru teslim belgesini (attestation de dépôt) indirelim. Bu belge başvurunuzu gönderdiğinizi kanıtlar.
phrase-residence-file-number = Dosya numaranızı not edelim. Her mesaja bu numarayı yazmanız gerekir.
phrase-residence-automatic-reply = Bu mesaj otomatik bir yanıttır. Başvurunuzu henüz kimse okumadı.
phrase-residence-convocation = Bir çağrı yazısı (convocation) aldınız mı? Bana mektubu ya da mesajı gösterin.
phrase-residence-convocation-bring = Randevu günü çağrı yazısını ve mektupta istenen bütün kağıtları getirin.

# Préfecture'deki (valilik) çevrimiçi randevular için kullanılır: boş saat yok, yeni denemeler, kanıtlar, hakim ve référé (acil yargılama).
## Randevu: préfecture, boş saat yok, kanıtlar, hakim

phrase-appointment-no-slot = Site boş randevu olmadığını söylüyor.
phrase-appointment-not-your-fault = Bu sizin suçunuz değil. Birçok kişi randevu alamıyor.
phrase-appointment-try-tomorrow = Yarın sabah tekrar deneyeceğiz.
phrase-appointment-screenshot-proof = Bu ekran görüntüsü, boş randevu olmadığını kanıtlar.
phrase-appointment-journal = Relais her denemeyi tarih ve saatiyle günlüğünüze kaydeder.
phrase-appointment-try-often = Kanıt toplamak için birkaç hafta boyunca sık sık denemek gerekir.
phrase-appointment-without-me = Bensiz denerseniz, her seferinde ekran görüntüsü alın.
phrase-appointment-judge = Bu kanıtlarla bir avukat, préfecture'ü (valilik) size randevu vermeye zorlaması için hakime başvurabilir.
phrase-appointment-legal-aid = Geliriniz düşükse, avukatın ücretini adli yardım (aide juridictionnelle) ödeyebilir.
phrase-appointment-export-consent = Avukatınız için kanıt dosyasını hazırlamamı ister misiniz?
phrase-appointment-got-slot = Randevunuz var. Tarihi, saati ve adresi not edelim.
phrase-appointment-confirmation = Onay e-postasını saklayın. Girişte göstermeniz gerekebilir.

# CAF (aile yardımları kurumu) için kullanılır: yardım alan numarası, üç aylık gelir beyanı, ödemeler, banka bilgileri.
## Yardımlar: CAF, üç aylık beyan, banka

phrase-benefits-claimant-number = Yardım alan numaranız (numéro allocataire) var mı? Bu numara CAF mektuplarının üst kısmında yazar.
phrase-benefits-quarterly = Her 3 ayda bir gelirlerinizi CAF'a bildirmeniz gerekir.
phrase-benefits-payments-stop = Bu beyanı yapmazsanız CAF ödemeyi durdurur.
phrase-benefits-income-per-month = Son 3 ayda her ay ne kadar para aldınız?
phrase-benefits-payslips = Bu 3 aya ait maaş bordrolarınız (fiche de paie) ya da banka hesap dökümleriniz var mı?
phrase-benefits-rib = RIB belgeniz var mı? Bu, bankanın verdiği, hesap numaralarınızın yazılı olduğu kağıttır.
phrase-benefits-rib-name = Banka hesabı sizin adınıza olmalı.
phrase-benefits-check-payments = CAF sitesindeki kişisel alanınızda (espace personnel) ödemelerinize bakalım.
phrase-benefits-caf-message = CAF size yazmış. Mesajı sizinle birlikte okuyacağım.
phrase-benefits-caf-appointment = CAF'ta bir danışmanla görüşmek için randevu isteyebiliriz.

# Sağlık için kullanılır: Ameli hesabı, carte Vitale, sosyal güvenlik numarası, devlet sağlık yardımı (AME).
## Sağlık: Ameli, carte Vitale, AME

phrase-health-carte-vitale = Carte Vitale'iniz (sağlık sigortası kartı) var mı?
phrase-health-social-security-number = Sosyal güvenlik numaranız, carte Vitale'inizde ve sağlık sigortası hak belgenizde (attestation de droits) yazar.
phrase-health-ameli-account = Ameli sitesinde bir hesabınız var mı?
phrase-health-download-attestation = Sağlık sigortası hak belgenizi (attestation de droits) Ameli'den indirebiliriz.
phrase-health-doctor = Bir aile hekiminiz (médecin traitant) var mı?
phrase-health-ame-what = AME (devlet sağlık yardımı), oturma izni olmayan ve 3 aydan uzun süredir Fransa'da olan kişilerin tedavi masraflarını öder.
phrase-health-ame-proof-3-months = 3 aydan uzun süredir Fransa'da olduğunuzu gösteren bir kanıtınız var mı?
phrase-health-ame-in-person = İlk AME başvurusunu kendiniz gidip CPAM (sağlık sigortası kurumu) danışma bölümüne vermeniz gerekir.
phrase-health-ame-renew = AME bir yıl geçerlidir. Her yıl yeniden başvurmanız gerekir.

# Çevrimiçi hesaplar için kullanılır: e-posta adresi, şifre, SMS ile gelen kodlar, FranceConnect.
## Hesap: e-posta, şifre, SMS kodları, FranceConnect

phrase-account-email = E-posta adresiniz var mı?
phrase-account-open-mailbox = Telefonunuzda e-posta kutunuzu açabilir misiniz?
phrase-account-create-email = Birlikte bir e-posta adresi oluşturalım mı? Bu biraz zaman alır.
phrase-account-spam-folder = Mesaj gelmedi mi? «Courrier indésirable» ya da «spam» (istenmeyen posta) klasörüne bakalım.
phrase-account-activation-link = Site size e-postayla bir bağlantı gönderdi. Hesabınızı etkinleştirmek için bu bağlantıya dokunun.
phrase-account-password-yourself = Şifrenizi kendiniz yazın. Ben bakmıyorum.
phrase-account-password-forgotten = Şifrenizi unuttuysanız yeni bir şifre seçebiliriz.
phrase-account-password-note = Şifrenizi bir kağıda yazın ve güvenli bir yerde saklayın.
phrase-account-phone-number = Bu telefon numarası sizin mi? Site bu numaraya kodlar gönderecek.
phrase-account-sms-code = SMS ile bir kod aldınız. Bana okuyabilir misiniz?
phrase-account-code-quick = Bu kod sadece birkaç dakika geçerlidir. Hemen şimdi yazalım.
phrase-account-code-never-give = Sizi telefonla arayan birine bu kodu asla vermeyin.
phrase-account-franceconnect = FranceConnect ile zaten sahip olduğunuz bir hesapla giriş yaparsınız, örneğin Ameli ya da impots.gouv hesabınızla.

# Site «Je ne suis pas un robot» (Ben robot değilim) kontrolünü (CAPTCHA) gösterdiğinde kullanılır. Relais bu kontrolü asla çözmez.
## Robot kontrolü (CAPTCHA)

phrase-captcha-what = Site, robot değil gerçek bir insan olduğunuzu kontrol ediyor.
phrase-captcha-not-for-you = Relais bu kontrolü asla sizin yerinize yanıtlamaz. Size nasıl yapılacağını anlatacağım.
phrase-captcha-audio = Sesli bir sürümü var. Harfler ya da rakamlar duyacaksınız.
phrase-captcha-write-what-you-hear = İyice dinleyin, sonra duyduğunuzu yazın.
phrase-captcha-listen-again = Tekrar dinleyebilir ya da yeni bir resim isteyebilirsiniz.
phrase-captcha-keyboard = Klavyedeki Tab tuşuyla ses düğmesine kadar gidebilirsiniz.
phrase-captcha-not-your-fault = Bu sizin suçunuz değil. Bu kontrol birçok kişi için zordur.
phrase-captcha-failure-recorded = Her başarısız deneme, kanıt olarak günlüğünüze kaydedilir.
phrase-captcha-other-way = Hâlâ olmuyorsa, idareden bu işi internet dışında başka bir yolla yapmayı isteyebilirsiniz.
