### Relais glossary, Turkish (tr). Translation of the French master locales/fr/glossary.ftl.
### Machine-drafted by an AI language model (Claude), November 2026. Not reviewed by a native speaker.

## Identité

concept-identite = kimlik bilgileri
    .explain = Formun bu bölümü kim olduğunuzu sorar: soyadı, ad, doğum tarihi ve yeri. Bilgileri pasaportunuzda veya oturma izninizde yazdığı gibi yazın.
    .where = Pasaportunuzdan, kimlik kartınızdan veya oturma izninizden aynen yazın.

concept-nom = soyadı
    .explain = Burada istenen ad değil, aile adı yani soyadıdır. Kimlik belgelerinizde yazdığı gibi tam olarak yazın.
    .where = Pasaportunuzda veya oturma izninizde, «Nom» satırında.

concept-nom-d-une-chose = ad (bir şeyin veya yerin adı)
    .explain = Ad, bir şeyi, bir yeri veya bir kurumu belirten kelimedir: sokak, şehir, dernek, görev. Bir kişi için, soyadıdır.

concept-au-nom-de = adına (yerine)
    .explain = Birinin adına hareket etmek, onun yerine bir işlem yapmak demektir. Örneğin, bir yardımcı sizin için bir dosya doldurur.

concept-nom-de-naissance = doğumdaki soyadı (kızlık soyadı)
    .explain = Doğumdaki soyadı, doğum belgenizde yazan addır. Evlilikle değişmez.
    .where = Doğum belgenizde veya pasaportunuzda.

concept-nom-d-usage = kullanılan soyadı (evlilik soyadı)
    .explain = Günlük hayatta kullandığınız başka bir soyadıdır, örneğin eşinizin soyadı. Böyle bir adınız yoksa bu alanı boş bırakın.

concept-prenom = ad
    .explain = Ad, doğumda size verilen kişisel isimdir ve soyadından önce gelir. Birden fazla adınız varsa belgelerinizdeki sırayla yazın.
    .where = Pasaportunuzda veya oturma izninizde, «Prénom(s)» satırında.

concept-sans-prenom = adım yok
    .explain = Bu kutuyu yalnızca kimlik belgelerinizde hiç ad yazmıyorsa işaretleyin. Yurt dışında doğan bazı kişilerde durum böyledir.

concept-sexe = cinsiyet
    .explain = Portal erkek mi kadın mı olduğunuzu soruyor. Kimlik belgelerinizde ne yazıyorsa onu seçin.
    .where = Pasaportunuzda veya oturma izninizde: erkek için M, kadın için F.

concept-masculin = erkek
    .explain = Masculin erkek demektir. Belgelerinizde M yazıyorsa bunu seçin.

concept-feminin = kadın
    .explain = Féminin kadın demektir. Belgelerinizde F yazıyorsa bunu seçin.

concept-civilite = hitap şekli (Bay / Bayan)
    .explain = Hitap şekli, adınızdan önce gelen nezaket sözcüğüdür, örneğin Madame (Bayan) veya Monsieur (Bay). İdare size yazarken bunu kullanır.

concept-titre-d-appel = hitap unvanı
    .explain = Mektuplarda size hitap etmek için kullanılan sözcüktür, örneğin Madame, Monsieur veya Docteur. Size uygun olanı seçin.

concept-madame = Bayan (Madame)
    .explain = Madame, evli olsun olmasın bir kadın için kullanılan nezaket unvanıdır. İdare artık Mademoiselle kullanmıyor.

concept-monsieur = Bay (Monsieur)
    .explain = Monsieur bir erkek için kullanılan nezaket unvanıdır.

concept-docteur = Doktor (Docteur)
    .explain = Docteur, doktora derecesi olan birinin unvanıdır, çoğu zaman bir hekim. Yalnızca sizin durumunuz buysa seçin.

concept-inspecteur = Müfettiş (Inspecteur)
    .explain = Inspecteur bir meslek unvanıdır, örneğin iş müfettişi. Bir formda yalnızca bu sizin mesleğinizse seçin.

concept-sans-reponse = yanıt yok (belirtmek istemiyorum)
    .explain = Bu bilgiyi vermek istemiyorsanız bu cevabı seçebilirsiniz. Bu formda bu seçime izin veriliyor.

concept-date-de-naissance = doğum tarihi
    .explain = Doğduğunuz gün, ay ve yıldır. Tarihi belgelerinizdeki gibi yazın, çoğu zaman gün/ay/yıl şeklinde, örneğin 05/03/1990.
    .where = Pasaportunuzda, oturma izninizde veya doğum belgenizde.

concept-lieu-de-naissance = doğum yeri
    .explain = Doğduğunuz şehir veya köydür. Adını kimlik belgelerinizdeki gibi yazın.
    .where = Pasaportunuzda veya doğum belgenizde.

concept-pays-de-naissance = doğum ülkesi
    .explain = Bugün başka bir vatandaşlığınız olsa bile doğduğunuz ülkedir. Listeden seçin.

concept-departement-de-naissance = doğduğunuz département (Fransa'daki idari bölge)
    .explain = Doğduğunuz yerin Fransa'daki département numarasıdır. Fransa dışında doğduysanız çoğu zaman «99» veya «Étranger» (yurt dışı) seçin.

concept-nationalite = uyruk (vatandaşlık)
    .explain = Uyruk, vatandaşı olduğunuz ve size pasaport veren ülkedir. İki vatandaşlığınız varsa portal çoğu zaman asıl olanı sorar.
    .where = Pasaportunuzda veya oturma izninizde.

concept-nationalite-francaise = Fransız vatandaşlığı
    .explain = «Française» seçeneğini yalnızca Fransız vatandaşıysanız seçin. Oturma izni Fransız vatandaşlığı vermez.

concept-etranger = yabancı uyruklu kişi
    .explain = İdare için yabancı, Fransız vatandaşlığı olmayan kişidir. Bu, nerede yaşadığınıza bağlı değildir.

concept-apatride = vatansız
    .explain = Vatansız bir kişi hiçbir ülkenin vatandaşı değildir. OFPRA bu durumu tanıyıp koruma verebilir.

concept-jour = gün
    .explain = Gün, ayın kaçıncı günü olduğunu gösteren 1 ile 31 arasındaki sayıdır. Çoğu zaman iki rakamla yazın, örneğin 05.

concept-mois = ay
    .explain = Ay, 1 ile 12 arasında bir sayıyla veya adıyla yazılır. Ocak 01, aralık 12'dir.

concept-annee = yıl
    .explain = Yıl dört rakamla yazılır, örneğin 1990. Yalnızca son iki rakamı yazmayın.

concept-age = yaş
    .explain = Yaş, doğumunuzdan bu yana geçen yıl sayısıdır. Bazı haklar yaşınıza bağlıdır.

concept-signature = imza
    .explain = İmza, elle yazılan ve her zaman aynı olan kişisel işaretinizdir. İmzalayarak bilgilerin doğru olduğunu onaylarsınız.

concept-filiation = soy bağı (anne ve baba bilgileri)
    .explain = Soy bağı, anne ve babanızla olan bağınızdır. Portal, doğum belgenizdeki gibi baba ve annenizin soyadını ve adını ister.
    .where = Doğum belgenizde.

## Situation familiale et état civil

concept-situation-familiale = medeni durum
    .explain = Portal yalnız mı yoksa bir partnerle mi yaşadığınızı ve bunun biçimini sorar. Cevabınız yardımlarınızın veya vergilerinizin hesabını değiştirebilir.

concept-celibataire = bekâr
    .explain = Bekâr, ne evli ne de PACS'lı olduğunuz anlamına gelir. Vergide, evli veya PACS'lı olmadan birlikte yaşayan bir çift iki ayrı beyanname verir. CAF'a ise birlikte yaşadığınızı yine de bildirin, çünkü bu yardımlarınızı değiştirir.

concept-marie = evli
    .explain = Evli, Fransa'da veya başka bir ülkede resmi nikâh yaptığınız anlamına gelir. Evlilik belgesini saklayın, sık sık istenir.

concept-pacse = PACS'lı (medeni birliktelik sözleşmesi)
    .explain = PACS, birlikte yaşayan iki kişi arasındaki resmi bir sözleşmedir. Evlilikten farklıdır ve belediyede veya noterde yapılır.

concept-concubinage = evlilik dışı birlikte yaşama
    .explain = Concubinage, evli olmadan ve PACS yapmadan bir partnerle birlikte yaşadığınız anlamına gelir. CAF için birlikte yaşamak yardımların hesabını değiştirir.

concept-divorce = boşanmış
    .explain = Boşanmış, evliliğinizin bir mahkeme kararı veya bir belgeyle resmen sona erdiği anlamına gelir. Portal boşanma tarihini sorabilir.

concept-veuf = dul
    .explain = Dul, eşinizin vefat ettiği anlamına gelir. Bazı yardımlara hakkınız olabilir.

concept-separe = ayrı yaşayan
    .explain = Ayrı yaşayan, henüz boşanmadan eşinizle artık birlikte yaşamadığınız anlamına gelir. Ayrılık tarihini size yardım ödeyen kurumlara bildirin.

concept-conjoint = eş
    .explain = Eş, evli olduğunuz kişidir. Bazen bu sözcük PACS yaptığınız veya birlikte yaşadığınız kişi için de kullanılır.

concept-enfant-a-charge = bakmakla yükümlü olduğunuz çocuk
    .explain = Bakmakla yükümlü olduğunuz çocuk sizinle yaşar ve ihtiyaçlarını siz karşılarsınız. Bakılan kişi sayısı yardımların ve vergilerin miktarını değiştirir.

concept-mineur = reşit olmayan (18 yaş altı)
    .explain = Reşit olmayan kişi 18 yaşından küçüktür. Onun için işlemleri çoğu zaman bir ebeveyn veya yasal temsilci yapar.

concept-majeur = reşit (18 yaş ve üstü)
    .explain = Reşit kişi 18 yaşında veya daha büyüktür. İşlemlerini kendisi yapar.

concept-etat-civil = nüfus kayıtları (état civil)
    .explain = Nüfus kayıtları sizinle ilgili resmi bilgileri içerir: doğum, evlilik, ölüm, ad. Belediyenin nüfus hizmeti resmi belgeleri düzenler.

concept-acte-de-naissance = doğum belgesi
    .explain = Doğum belgesi; doğumunuzu, adlarınızı ve anne babanızı kanıtlayan resmi belgedir. Yurt dışında doğduysanız çevirisi istenebilir.
    .where = Fransa'da doğduysanız: doğduğunuz yerin belediyesinden isteyin. Yurt dışında doğduysanız: doğduğunuz ülkenin makamlarından. OFPRA'nın koruduğu kişiler için bu belgeyi OFPRA düzenler.

concept-acte-de-mariage = evlilik belgesi
    .explain = Evlilik belgesi evliliğinizi kanıtlayan resmi belgedir. Belediye veya evlendiğiniz ülkenin yetkili makamı tarafından düzenlenir.

concept-livret-de-famille = aile cüzdanı
    .explain = Aile cüzdanı, belediyenin evlilikte veya ilk çocuğun doğumunda verdiği küçük resmi bir defterdir. Anne babayı ve çocukları listeler.

## Coordonnées

concept-coordonnees = iletişim bilgileri
    .explain = İletişim bilgileriniz size ulaşma yollarıdır: adres, telefon, e-posta adresi. İyice kontrol edin, yoksa cevapları alamazsınız.

concept-adresse-electronique = e-posta adresi
    .explain = Bu, @ işaretli e-posta adresinizdir, örneğin nom@exemple.fr. Açabildiğiniz bir adres seçin, çünkü kodlar ve cevaplar oraya gelir.

concept-numero-de-telephone = telefon numarası
    .explain = Sizi arayabilecekleri numarayı yazın. Fransız numaraları 10 rakamlıdır ve 0 ile başlar.

concept-telephone-portable = cep telefonu
    .explain = Cep telefonu numaranızdır, Fransa'da çoğu zaman 06 veya 07 ile başlar. Portal bu numaraya SMS ile kod gönderebilir.

concept-telephone-fixe = sabit telefon
    .explain = Bir eve veya ofise bağlı telefonun numarasıdır. Yoksa bu alanı boş bırakın.

concept-indicatif = ülke telefon kodu
    .explain = Telefon numarasının önüne konan ülke kodudur. Fransa için +33'tür ve bu durumda numaranın baştaki 0'ı silinir.

concept-sms = SMS (kısa mesaj)
    .explain = SMS, cep telefonunuza gelen yazılı mesajdır. Portallar çoğu zaman SMS ile kod gönderir.

## Adresse

concept-adresse = adres
    .explain = Yaşadığınız veya postanızı aldığınız yerdir. İdare mektuplarını bu adrese gönderecektir.

concept-adresse-postale = posta adresi
    .explain = Postanın mektuplarınızı getirdiği adrestir. Yattığınız yerden farklı olabilir, örneğin bir domiciliation (idari posta adresi).

concept-complement-d-adresse = adres ek bilgisi
    .explain = Bu alan postacıya yardımcı olan ayrıntılar içindir: bina, kat, daire, posta kutusundaki isim. Çoğu zaman isteğe bağlıdır.

concept-numero = kapı numarası
    .explain = Adreste, evin veya binanın sokaktaki numarasıdır. Numaradan sonra bis veya ter olabilir.

concept-numero-d-identification = numara
    .explain = Numara, bir şeyi belirten, bazen harf de içeren bir rakam dizisidir: bir dosya, bir kart, bir telefon. Hiçbir şeyi değiştirmeden aynen yazın.

concept-voie = cadde / sokak
    .explain = Adresinizdeki yoldur: rue (sokak), avenue, boulevard, chemin, place. Türünü ve adını numarasız yazın.

concept-batiment = bina (blok)
    .explain = Sitenizde birden fazla bina varsa sizinkinin harfini veya numarasını yazın. Bu, postacının posta kutunuzu bulmasına yardımcı olur.

concept-immeuble = apartman binası
    .explain = Apartman, birçok dairesi olan çok katlı bir binadır. Adı veya numarası varsa yazın.

concept-escalier = merdiven (giriş)
    .explain = Bazı binalarda merdivenlerin bir harfi veya numarası vardır. Biliyorsanız dairenizinkini yazın.

concept-numero-d-appartement = daire numarası
    .explain = Binadaki dairenizin numarasıdır. Çoğu zaman kapıda veya kira sözleşmenizde yazar.

concept-etage = kat
    .explain = Kat, dairenizin binadaki seviyesidir. Zemin kat (rez-de-chaussée) 0. kattır.

concept-lieu-dit = mevki (kırsal yer adı)
    .explain = Lieu-dit, kırsalda sokak adı olmayan küçük bir yerin adıdır. Adresinizin bir parçasıysa yazın.

concept-commune-deleguee = bağlı belde (eski belediye)
    .explain = Commune déléguée, başka bir belediyeye katılmış eski bir belediyedir. Adı bazen adreste kalır.

concept-boite-postale = posta kutusu (PK)
    .explain = Posta kutusu, postanede postanızı aldığınız bir kutudur. Bir numarası vardır, çoğu zaman BP ve bir sayı olarak yazılır.

concept-cedex = Cedex (özel posta dağıtım kodu)
    .explain = Cedex, çok posta alan bazı şirket veya kurum adreslerine eklenen bir sözcüktür. Adresinizde yoksa bu alanı boş bırakın.

concept-code-postal = posta kodu
    .explain = Posta kodu, şehir veya semt için 5 rakamlı bir sayıdır. Örneğin Paris'in bir bölümü için 75011.
    .where = Adresinize gelen bir mektupta, şehir adından önce.

concept-commune = şehir veya belde (commune)
    .explain = Commune, oturduğunuz şehir veya köydür. Çoğu zaman posta kodunu yazdıktan sonra bir listeden seçilir.

concept-departement = département (il düzeyinde idari bölge)
    .explain = Fransa, numarası olan département'lara bölünmüştür. Bağlı olduğunuz préfecture, oturduğunuz bölgenin (département) valiliğidir.

concept-pays = ülke
    .explain = Ülkeyi listeden seçin. Fransa'daki bir adres için France seçin.

concept-changement-d-adresse = adres değişikliği
    .explain = Taşındığınızda yeni adresinizi kurumlara bildirmeniz gerekir. Oturma izniniz varsa 3 ay içinde préfecture'e (valiliğe) bildirin.

concept-hebergement = başkasının yanında kalma
    .explain = Hébergé, kira ödemeden veya az ödeyerek başka birinin evinde yaşadığınız anlamına gelir. Portal çoğu zaman bu kişinin imzaladığı bir kanıt ister.

concept-attestation-d-hebergement = konaklama beyanı (ev sahibinin yazısı)
    .explain = Sizi evinde barındıran kişinin imzaladığı ve sizin onun yanında oturduğunuzu belirten bir yazıdır. Ekine onun kimlik belgesi ve onun adına bir ikamet belgesi konur.

concept-justificatif-de-domicile = ikamet belgesi (adres kanıtı)
    .explain = Adresinizi kanıtlayan yeni tarihli bir belgedir: elektrik faturası, kira makbuzu, konaklama beyanı. Çoğu zaman 3 aydan eski olmamalıdır.

concept-domiciliation = idari posta adresi (domiciliation)
    .explain = Sabit bir adresiniz yoksa bir CCAS veya yetkili bir dernek postanızı alabilir. Bu adres işlemlerinizi yapmanızı sağlar.
    .where = Belgeyi size adres sağlayan CCAS veya dernek verir.

concept-sans-domicile-stable = sabit adresi olmayan (evsiz)
    .explain = Kendinize ait bir konutunuz yoksa sabit adresiniz yok demektir. Yine de postanız için bir adres hakkınız vardır: domiciliation.

## Compte et connexion

concept-identifiant = kullanıcı adı (identifiant)
    .explain = Identifiant, sitenin sizi tanıdığı ad veya numaradır. Siteye göre e-posta adresiniz, bir numara veya seçtiğiniz bir ad olabilir.
    .where = ANEF'te çoğu zaman yabancı numaranızdır. Vergi sitesinde vergi numaranızdır.

concept-mot-de-passe = şifre (parola)
    .explain = Şifre, hesabınıza girmek için seçtiğiniz gizli bir koddur. Kimseye vermeyin ve güvenli bir yere not edin.

concept-confirmation-du-mot-de-passe = şifre onayı
    .explain = Aynı şifreyi ikinci kez yazın. Site böylece yazım hatası yapmadığınızı kontrol eder.

concept-se-connecter = giriş yapmak
    .explain = Giriş yapmak, kullanıcı adınız ve şifrenizle hesabınıza girmek demektir. Sonra dosyanızı görürsünüz.

concept-connexion = giriş (oturum açma)
    .explain = Connexion, sitedeki kişisel hesabınıza giriştir. Kullanıcı adınız ve şifreniz gerekir.

concept-se-deconnecter = çıkış yapmak
    .explain = Çıkış yapmak hesabınızdan çıkmak demektir. Bilgilerinizi korumak için ortak kullanılan bir bilgisayarda bunu her zaman yapın.

concept-creer-un-compte = hesap oluşturmak
    .explain = Hesap oluşturmak, siteye ilk kez kaydolmak demektir. Bir kullanıcı adı ve şifre seçersiniz ve çoğu zaman onay için bir e-posta alırsınız.

concept-compte = hesap
    .explain = Hesabınız sitedeki size ait alandır. Başvurularınızı, belgelerinizi ve mesajlarınızı saklar.

concept-prendre-en-compte = dikkate almak
    .explain = Prendre en compte, bir bilgiye bakıp karar vermek için onu kullanmak demektir. Bu kelimenin sitedeki hesabınızla ilgisi yoktur.

concept-mot-de-passe-oublie = şifremi unuttum
    .explain = Şifrenizi hatırlamıyorsanız buraya tıklayın. Site yeni bir şifre seçmeniz için size bir bağlantı veya kod gönderir.

concept-reinitialiser-le-mot-de-passe = şifreyi sıfırlamak
    .explain = Sıfırlamak, şifrenizi yenisiyle değiştirmek demektir. E-postayla gelen bağlantıyı izleyin ve unutmayacağınız bir şifre seçin.

concept-se-souvenir-de-moi = beni hatırla
    .explain = Bu kutuyu işaretlerseniz site kullanıcı adınızı bir sonraki sefer için saklar. Ortak kullanılan bir bilgisayarda işaretlemeyin.

concept-franceconnect = FranceConnect (devlet siteleri için ortak giriş)
    .explain = FranceConnect, zaten sahip olduğunuz bir hesapla, örneğin Ameli veya L’Identité Numérique La Poste ile, bir devlet sitesine girmenizi sağlar. Yeni bir şifreye gerek yoktur.

concept-identite-numerique = dijital kimlik
    .explain = Dijital kimlik, telefonunuzdaki bir uygulamayla internette kim olduğunuzu kanıtlamanın güvenli bir yoludur. FranceConnect ile kullanılabilir.

concept-validation-en-deux-etapes = iki adımlı doğrulama
    .explain = Site, şifreye ek olarak SMS, e-posta veya bir uygulama ile gelen bir kod ister. Bu, hesabınızı korur.

concept-code-de-verification = doğrulama kodu
    .explain = Site, gerçekten siz olduğunuzu kontrol etmek için SMS veya e-posta ile bir kod gönderir. Hemen yazın, çünkü yalnızca birkaç dakika geçerlidir.
    .where = SMS'lerinize veya e-posta kutunuza bakın, «courrier indésirable» veya «spam» klasörüne de bakın.

concept-lien-d-activation = etkinleştirme bağlantısı
    .explain = Kayıttan sonra site size bağlantı içeren bir e-posta gönderir. Hesabınızı etkinleştirmek için bu bağlantıya tıklayın, çoğu zaman süre sınırlıdır.
    .where = E-posta kutunuzda, ayrıca «spam» veya «courrier indésirable» klasöründe.

concept-espace-personnel = kişisel alan
    .explain = Kişisel alan, girişten sonra sitenin yalnızca size ayrılmış bölümüdür. Orada başvurularınızı takip eder ve belgelerinizi bulursunuz.

concept-messagerie = mesaj kutusu
    .explain = Mesaj kutusu, hesabınızda idareye yazmanızı ve cevaplarını okumanızı sağlar. Sık sık bakın, çünkü önemli mesajlar gelebilir.

concept-profil = profil
    .explain = Profiliniz, sitenin sizinle ilgili sakladığı bilgileri içerir: ad, adres, telefon. Çoğu zaman burada düzeltebilirsiniz.

## Navigation et boutons

concept-afficher = göster
    .explain = Afficher, ekranda göstermek demektir. Şifrenin yanındaki bu düğme yazdığınız karakterleri gösterir.

concept-masquer = gizle
    .explain = Masquer gizlemek demektir. Şifre yeniden nokta veya yıldız olarak görünür.

concept-valider = onayla
    .explain = Valider, cevaplarınızı onaylamak ve göndermek demektir. Tıklamadan önce tekrar okuyun, çünkü bazen sonra değiştiremezsiniz.

concept-envoyer = gönder
    .explain = Envoyer, formunuzu veya mesajınızı idareye iletir. Gönderdikten sonra onayı saklayın veya ekran görüntüsü alın.

concept-suivant = ileri (sonraki)
    .explain = Suivant düğmesi sizi bir sonraki adıma geçirir. Başka yerlerde suivant «sonra gelen» demektir, örneğin aşağıdaki belgeler.

concept-precedent = geri (önceki)
    .explain = Précédent düğmesi sizi tekrar okumak veya düzeltmek için bir önceki adıma götürür. Başka yerlerde précédent «önceki» demektir, örneğin önceki yıl.

concept-retour = geri dön
    .explain = Retour sizi bir önceki sayfaya götürür. Dikkat, bazı cevaplar kaybolabilir.

concept-annuler = iptal et
    .explain = Annuler, yapılan işlemi durdurur ve bu sayfada yaptıklarınızı kaydetmez.

concept-enregistrer = kaydet
    .explain = Enregistrer düğmesi cevaplarınızı saklar, ama başvurunuz henüz gönderilmemiştir. Bir başvuruyu enregistrer etmek, onu resmen kaydetmek anlamına da gelir, örneğin bir sığınma başvurusu.

concept-brouillon = taslak
    .explain = Taslak, başlanmış ama gönderilmemiş bir başvurudur. Siz gönderene kadar idare onu görmez.

concept-modifier = değiştir (düzelt)
    .explain = Modifier, daha önce yazılmış bir bilgiyi değiştirmenizi sağlar.

concept-mise-a-jour = güncelleme
    .explain = Mettre à jour, bir bilgiyi bugün doğru olacak şekilde değiştirmek demektir. Örneğin, yeni adresinizi yazmak.

concept-supprimer = sil
    .explain = Supprimer, öğeyi kalıcı olarak siler, örneğin eklenmiş bir dosyayı. Tıklamadan önce kontrol edin.

concept-rechercher = ara
    .explain = Rechercher, bir sözcük yazarak bir sayfa veya bilgi bulmanızı sağlar.

concept-telecharger = indir
    .explain = Télécharger, siteden bir belgeyi telefonunuza veya bilgisayarınıza kopyalamak demektir. Bazı siteler bu sözcüğü siteye dosya göndermek için de kullanır.

concept-televerser = yükle (siteye dosya gönder)
    .explain = Téléverser, telefonunuzdan veya bilgisayarınızdan siteye bir dosya göndermek demektir. Örneğin pasaportunuzun fotoğrafı veya taranmış hali.

concept-deposer-un-dossier = dosya veya başvuru teslim etmek
    .explain = Bir dosyayı veya başvuruyu teslim etmek (déposer), onu idareye göndermek demektir. Önce, eksiksiz olduğunu kontrol edin. Sonra, teslim belgesini saklayın.

concept-ajouter-un-fichier = dosya ekle
    .explain = Bu düğme, göndereceğiniz belgeyi seçmeniz için klasörlerinizi açar. Seçmeden önce istenen biçimi ve boyutu kontrol edin.

concept-imprimer = yazdır
    .explain = Imprimer, belgeyi yazıcıyla kâğıda basar. Saklamak için PDF olarak da kaydedebilirsiniz.

concept-fermer = kapat
    .explain = Fermer, pencereyi veya mesajı ekrandan kaldırır.

concept-menu = menü
    .explain = Menü, sitenin bölümlerinin listesidir. Mevcut sayfaları görmek için üzerine tıklayın.

concept-accueil = ana sayfa
    .explain = Accueil, sitenin ilk sayfasıdır. Kaybolursanız oraya dönebilirsiniz.

concept-aide = yardım
    .explain = Aide, site ve işlemler hakkında açıklamalar verir. Aide sözcüğü bir kurumun verdiği para yardımı anlamına da gelir.

concept-nous-contacter = bize ulaşın
    .explain = Bu sayfa, çoğu zaman bir form ile idareye yazmanızı sağlar. Mesajınızın ve cevabın bir kopyasını saklayın.

concept-foire-aux-questions = sıkça sorulan sorular (SSS)
    .explain = İnsanların sık sorduğu soruların ve cevaplarının bulunduğu bir sayfadır.

concept-recapitulatif = özet
    .explain = Özet, göndermeden önce tüm cevaplarınızı gösterir. İyice okuyun ve onaylamadan önce hataları düzeltin.

concept-etape = adım
    .explain = Çevrimiçi bir işlem adımlara bölünmüştür. Site çoğu zaman hangi adımda olduğunuzu ve kaç adım kaldığını gösterir.

concept-tableau-de-bord = kontrol paneli
    .explain = Kontrol paneli hesabınızın ana sayfasıdır. Başvurularınızı, durumlarını ve mesajlarınızı gösterir.

concept-demarche = resmi işlem (başvuru süreci)
    .explain = Démarche, idareden bir şey almak için yaptığınız işlemdir: bir belge, bir yardım, bir hak.

concept-voie-electronique = elektronik yolla (internetten)
    .explain = Par voie électronique, internet üzerinden demektir: bir sitede, e-postayla veya hesabınızda. Bu bir adres değildir.

concept-demarche-en-ligne = çevrimiçi işlem
    .explain = Çevrimiçi işlem, gişeye gitmeden internetten yapılır. Yapamıyorsanız yardım isteyin. Oturma izni için, yardıma rağmen site sizin için çalışmıyorsa başka bir çözüm bulunmalıdır.

concept-capture-d-ecran = ekran görüntüsü
    .explain = Ekran görüntüsü, ekranınızda görünenin bir fotoğrafıdır. Tarih ve saatle birlikte bir sorunu kanıtlayabilir, örneğin randevu olmadığını.

concept-cookies = çerezler (cookies)
    .explain = Çerezler, sitenin tarayıcınızda sakladığı küçük dosyalardır. Site, gerekli olmayanlar için onayınızı istemelidir. Reddetmek, kabul etmek kadar kolay olmalıdır.

concept-accessibilite = erişilebilirlik
    .explain = Erişilebilirlik, sitenin engelli kişiler dahil herkes tarafından kullanılabilmesi gerektiği anlamına gelir. Öyle değilse bildirebilirsiniz.

concept-mentions-legales = yasal bilgiler
    .explain = Bu sayfa siteyi kimin yönettiğini ve kimin sorumlu olduğunu söyler. İşleminizi yapmak için gerekli değildir.

concept-conditions-generales = genel kullanım koşulları
    .explain = Bunlar sitenin kullanım kurallarıdır. Site çoğu zaman devam etmeden önce bunları kabul etmenizi ister.

concept-parametres-d-affichage = görünüm ayarları
    .explain = Burada sitenin görünümünü seçersiniz: açık veya koyu renkler. Bu işleminizi değiştirmez.

concept-theme-clair = açık tema
    .explain = Açık tema, koyu yazıyı beyaz zemin üzerinde gösterir.

concept-theme-sombre = koyu tema
    .explain = Koyu tema, açık renkli yazıyı koyu zemin üzerinde gösterir. Gözleri dinlendirebilir.

concept-theme-systeme = sistem ayarı
    .explain = Burada système, sitenin telefonunuz veya bilgisayarınızla aynı renkleri kullandığı anlamına gelir.

concept-republique-francaise = Fransa Cumhuriyeti (République française)
    .explain = Bu logo sitenin Fransız devletine ait olduğunu gösterir. Ücretsiz bir işlem için para isteyen sahte sitelere dikkat edin.

concept-navigateur = tarayıcı (internet tarayıcısı)
    .explain = Tarayıcı, internet sitelerini açan programdır, örneğin Chrome, Firefox, Safari veya Edge.

concept-service-public-fr = Service-Public.fr (haklar ve işlemler hakkında resmi site)
    .explain = Fransa'daki haklarınızı ve işlemleri açıklayan resmi sitedir. Doğru formlara bağlantılar da verir.

concept-demarches-simplifiees = démarches-simplifiées (devlet formları sitesi)
    .explain = Birçok kurumun formlarını çevrimiçi koyduğu bir devlet sitesidir. Dosyanızı orada yükler ve cevabı takip edersiniz.

## Formulaires

concept-demande = başvuru (talep)
    .explain = Başvuru, bir şey almak için idareye gönderdiğiniz şeydir: bir izin belgesi, bir yardım, bir randevu.

concept-champ-de-saisie = giriş alanı
    .explain = Giriş alanı, klavyeyle bir cevap yazdığınız kutudur.

concept-saisir = girmek (yazmak, doldurmak)
    .explain = Saisir veya renseigner, formdaki bir alana bilgi yazmak demektir. Hukukta saisir un juge, bir hâkimden karar vermesini istemek demektir.

concept-libelle = alan etiketi
    .explain = Etiket, bir kutunun üstündeki yazıdır. Ne yazmanız veya seçmeniz gerektiğini söyler.

concept-legende = soru grubu başlığı
    .explain = Légende, bir soru grubunun başlığıdır. Bu soruların birlikte ne istediğini açıklar.

concept-case-a-cocher = onay kutusu
    .explain = Onay kutusu küçük bir karedir. Evet demek için üzerine tıklayın, işareti kaldırmak için tekrar tıklayın.

concept-cocher = işaretlemek
    .explain = Cocher, bir kutuya tıklayarak içine işaret koymak demektir. Bu, evet veya kabul ediyorum anlamına gelir.

concept-bouton-radio = seçenek düğmesi (yuvarlak)
    .explain = Seçenek düğmesi küçük bir yuvarlaktır. Grupta yalnızca bir cevap seçebilirsiniz.

concept-liste-deroulante = açılır liste
    .explain = Açılır liste, üzerine tıkladığınızda açılır. Sonra listeden bir cevap seçin.

concept-selectionner-une-option = bir seçenek seçin
    .explain = Sélectionner, bir listeden bir cevap seçmek demektir. Listeye, sonra cevabınıza tıklayın.

concept-option = seçenek
    .explain = Seçenek, bir listedeki olası seçimlerden biridir.

concept-champ-obligatoire = zorunlu alan
    .explain = Bu alanı doldurmanız gerekir, yoksa form gönderilmez. Çoğu zaman bir yıldız * ile işaretlidir.

concept-optionnel = isteğe bağlı
    .explain = İsteğe bağlı, cevap vermek zorunda olmadığınız anlamına gelir. Bu alanı boş bırakabilirsiniz.

concept-format-attendu = istenen biçim
    .explain = İstenen biçim cevabın nasıl yazılacağını gösterir, örneğin tarih JJ/MM/AAAA (gün/ay/yıl) olarak. Buna uyun, yoksa site hata gösterir.

concept-exemple = örnek
    .explain = Örnek, olası bir cevabı gösterir. Onu kopyalamayın, kendi bilginizi aynı şekilde yazın.

concept-indication = açıklama notu (ipucu)
    .explain = İpucu, sorunun altındaki küçük bir yazıdır. Nasıl cevap vereceğinizi açıklar.

concept-texte-de-description = açıklama metni
    .explain = Bu metin soru hakkında daha fazla açıklama verir. Cevap vermeden önce okuyun.

concept-fichier = dosya
    .explain = Dosya, telefonunuzda veya bilgisayarınızda saklanan bir belgedir: fotoğraf, tarama, PDF.

concept-format-de-fichier = dosya biçimi (dosya türü)
    .explain = Biçim, dosyanın türüdür ve adında noktadan sonra yazar: pdf, jpg, png. Site yalnızca listelenen biçimleri kabul eder.

concept-taille-maximale = en büyük dosya boyutu
    .explain = Bir dosya için kabul edilen en büyük boyuttur, çoğu zaman Mo (MB) olarak. Dosyanız çok büyükse taramanın veya fotoğrafın kalitesini düşürün.

concept-caractere = karakter
    .explain = Karakter bir harf, rakam, boşluk veya işarettir. Site bazen yazılan karakter sayısını sayar.

concept-caractere-special = özel karakter
    .explain = Özel karakter, harf veya rakam olmayan bir işarettir, örneğin ! @ # veya ?. Birçok şifre en az bir tane ister.

concept-chiffre = rakam
    .explain = Rakam, 0'dan 9'a kadar olan işaretlerden biridir. Şifrede çoğu zaman en az bir rakam olmalıdır.

concept-chiffre-d-affaires = ciro
    .explain = Ciro, bir işletmenin giderleri düşülmeden önce kazandığı tüm paradır. Mikro girişimciler (micro-entrepreneurs) bunu URSSAF'a beyan eder.

concept-majuscule = büyük harf
    .explain = Büyük harf, A, B, C gibi büyük yazılan harftir. Bazı alanlar adın büyük harfle yazılmasını ister.

concept-minuscule = küçük harf
    .explain = Küçük harf, a, b, c gibi küçük yazılan harftir.

concept-piece-jointe = ek (ekli dosya)
    .explain = Ek, bir mesaja veya başvuruya eklenen dosyadır.

concept-piece-justificative = kanıtlayıcı belge
    .explain = Beyan ettiğiniz şeyi kanıtlayan belgedir: pasaport, ikamet belgesi, maaş bordrosu. Site istenen belgelerin listesini verir.

concept-montant = tutar
    .explain = Tutar, euro olarak bir para miktarıdır. Site isterse € işareti olmadan yalnızca rakamları yazın.

concept-motif = gerekçe (neden)
    .explain = Motif, başvurunuzun veya randevunuzun nedenidir. Durumunuza uyanı seçin.

concept-attestation-sur-l-honneur = yeminli beyan (şeref beyanı)
    .explain = Bilgilerinizin doğru olduğunu yazılı olarak beyan ettiğiniz bir metindir. Yanlış beyan cezalandırılabilir.

concept-consentement = onay (rıza)
    .explain = Onay vermek bir şeyi kabul etmek demektir, örneğin verilerinizin kullanılmasını. İşaretlemeden önce metni okuyun.

concept-donnees-personnelles = kişisel veriler
    .explain = Sizinle ilgili bilgilerdir: ad, adres, numaralar, sağlık. Yasa bu verileri korur ve onları görmeyi veya düzeltmeyi isteyebilirsiniz.

concept-mention-cnil = CNIL bilgilendirmesi (kişisel verilerin korunması notu)
    .explain = Bu metin, idarenin verilerinizle ne yaptığını ve onları ne kadar süre sakladığını açıklar. Bu veriler üzerindeki haklarınızı nasıl kullanacağınızı da söyler.

concept-cnil = CNIL (kişisel verileri koruma kurumu)
    .explain = CNIL, Fransa'da kişisel verilerinizi koruyan kurumdur. Verileriniz kötü kullanılırsa ona şikâyette bulunabilirsiniz.

concept-rgpd = RGPD (Avrupa veri koruma yönetmeliği, GDPR)
    .explain = RGPD, kişisel verilerinizi koruyan Avrupa yasasıdır. Verilerinizi görme, düzeltme veya silme hakkı verir.

## CAPTCHA

concept-captcha = captcha (robot olmadığınızı doğrulama testi)
    .explain = Captcha, siteyi bir programın değil bir insanın kullandığını kontrol eden bir testtir. İyi göremeyen kişiler için çoğu zaman sesli bir sürümü vardır.
    .todo = Başaramazsanız sesli sürümü deneyin veya yardım isteyin. Her başarısız denemenin ekran görüntüsünü saklayın: bu, sitenin sizi engellediğinin kanıtıdır.

concept-je-ne-suis-pas-un-robot = ben robot değilim
    .explain = Bir insan olduğunuzu göstermek için bu kutuyu işaretleyin. Bazen site sonra resim seçmenizi ister.
    .todo = Test birkaç kez başarısız olursa sesli sürümü deneyin. Hâlâ takılı kalırsanız ekran görüntüsü alın ve işlemi yapmak için başka bir yol isteyin.

concept-code-de-securite = güvenlik kodu
    .explain = Resimde gösterilen harf ve rakamları aynı sırayla yazın. Büyük harflere dikkat edin.

concept-version-audio = sesli sürüm
    .explain = Bu düğme, resmi iyi göremeyen kişiler için kodu sesli okur. Sonra duyduğunuzu yazın.

concept-nouvelle-image = yeni resim
    .explain = Kodu okuyamıyorsanız bu düğme başka bir kod gösterir.

## Séjour des étrangers

concept-titre-de-sejour = oturma izni (ikamet kartı)
    .explain = Oturma izni, size Fransa'da yaşama hakkı veren karttır. Bir bitiş tarihi vardır: yenilemeyi bu tarihten önce isteyin.
    .where = Onu préfecture'den (valilikten) aldınız. Varsa récépissé belgesini de saklayın.

concept-carte-de-sejour-temporaire = geçici oturma kartı
    .explain = En fazla bir yıl geçerli bir oturma iznidir. Bitiş tarihinden önce yenilenmesini isteyin: durumunuza göre o zaman çok yıllık bir kart alabilirsiniz.

concept-carte-de-sejour-pluriannuelle = çok yıllık oturma kartı
    .explain = Birkaç yıl, çoğu zaman 4 yıla kadar geçerli bir oturma iznidir. Genellikle bir yıllık ilk izinden sonra alınır.

concept-carte-de-resident = 10 yıllık oturma kartı (carte de résident)
    .explain = Carte de résident 10 yıllık bir oturma iznidir. Daha fazla istikrar sağlar ve çalışma izni verir.

concept-recepisse = başvuru alındı belgesi (récépissé)
    .explain = Récépissé, préfecture'ün verdiği ve başvurunuzun sürdüğünü kanıtlayan bir belgedir. Geçerli olduğu sürece Fransa'da kalışınız yasaldır.
    .where = Üzerinde yabancı numaranız ve bitiş tarihi yazar. Her zaman pasaportunuzla birlikte taşıyın.

concept-attestation-de-prolongation-d-instruction = inceleme süresinin uzatıldığına dair belge
    .explain = Yenileme başvurunuz eksiksizse ve zamanında yapıldıysa, ANEF inceleme sırasında size bu belgeyi verir. Eski izninizle birlikte, kalışınızın yasal olmaya devam ettiğini kanıtlar ve çalışma gibi haklarınızı korur. En fazla 3 ay geçerlidir ve yenilenebilir.
    .where = ANEF hesabınızdan indirin. İnceleme uzun sürerse yeni bir belge gelebilir.

concept-attestation-de-depot = başvuru teslim belgesi
    .explain = Bu belge, başvurunuzu çevrimiçi olarak gönderdiğinizi tarihiyle birlikte kanıtlar. Dikkat: kalışınızın yasal olduğunu kanıtlamaz. Özenle saklayın.
    .where = ANEF hesabınızda veya gönderimden sonra gelen e-postada.

concept-attestation-de-decision-favorable = olumlu karar belgesi
    .explain = Bu belge, préfecture'ün oturma izni başvurunuzu kabul ettiğini söyler. Kart gelene kadar kalma hakkınızı kanıtlar.
    .where = ANEF hesabınızda.

concept-autorisation-provisoire-de-sejour = geçici kalış izni (APS)
    .explain = APS, belirli bazı durumlarda verilen kısa süreli bir kalış belgesidir. Örneğin Ukrayna'dan gelen ve geçici koruma altındaki bir kişi, yenilenebilir 6 aylık bir APS alır. Bu APS çalışmaya izin verir.

concept-visa = vize
    .explain = Vize, pasaportunuza yapıştırılan Fransa'ya giriş iznidir. Kısa süreli vize, 180 günlük bir süre içinde en fazla 90 gün kalmanızı sağlar.
    .where = Pasaportunuzda, tam bir sayfada.

concept-vls-ts = oturma izni yerine geçen uzun süreli vize (VLS-TS)
    .explain = Bu vize, süresi boyunca, 4 aydan 1 yıla kadar, oturma izni gibi Fransa'da yaşamanızı sağlar. Gelişinizden sonraki 3 ay içinde çevrimiçi olarak onaylatmanız gerekir.

concept-validation-du-visa = vizenin onaylanması (etkinleştirme)
    .explain = Uzun süreli vizenin onaylanması ANEF sitesinde çevrimiçi yapılır. Bir timbre fiscal (vergi pulu) ile harç ödersiniz, sonra onay belgesini saklarsınız.
    .where = Vize numarası, Fransa'ya giriş tarihi ve adresiniz gerekir.

concept-numero-de-visa = vize numarası
    .explain = Pasaportunuza yapıştırılan vize etiketinin numarasıdır. Site vizenizi onaylamak için bunu ister.
    .where = Pasaportunuza yapıştırılan vize etiketinin sağ üst köşesinde.

concept-numero-etranger = yabancı numarası (AGDREF)
    .explain = Yabancı numarası, préfecture'deki 9 veya 10 rakamlı kişisel numaranızdır. Saklayın, oturma işlemleriniz için gerekir.
    .where = Oturma izninizde ve récépissé belgenizde. ANEF'te çoğu zaman kullanıcı adı olarak kullanılır.

concept-anef = ANEF (yabancılar için devletin çevrimiçi işlem sitesi)
    .explain = ANEF, oturma izni, vatandaşlık veya vize onayı başvuruları için devletin sitesidir. Bu başvuruların çoğu artık yalnızca orada yapılır.

concept-ofii = OFII (Fransa göç ve uyum kurumu)
    .explain = OFII, Fransa'ya gelen yabancıları karşılar. Sağlık muayenesini, uyum sözleşmesini yapar ve sığınmacılara yardım parası öder.

concept-prefecture = préfecture (valilik)
    .explain = Préfecture, oturduğunuz bölgedeki (département) devlet dairesidir. Oturma izinleri hakkında o karar verir.

concept-sous-prefecture = sous-préfecture (kaymakamlık)
    .explain = Sous-préfecture, préfecture'den daha küçük bir devlet dairesidir ve département içindeki bazı şehirlerde bulunur. Bazen oturma başvurularını da işler.

concept-guichet = gişe
    .explain = Gişe, idare görevlisinin halkı kabul ettiği bankodur. Birçok gişe artık yalnızca randevuyla kabul ediyor.

concept-guichet-unique-asile = sığınmacılar için tek gişe (GUDA)
    .explain = GUDA, préfecture'de sığınma başvurunuzu kaydettirdiğiniz bürodur. Orada sığınma başvurusu belgesini alırsınız.

concept-spada = SPADA (sığınmacılar için ilk karşılama merkezi)
    .explain = SPADA, sığınmacıların ilk karşılandığı yerdir. Size GUDA'da randevu verir ve size posta adresi (domiciliation) sağlayabilir.

concept-convocation = çağrı yazısı (davet)
    .explain = Convocation, belirli bir gün ve saatte bir yere gelmenizi isteyen bir mektuptur. Mektupla ve istenen tüm belgelerle gelin.
    .todo = Gelemiyorsanız idareye hemen yazılı olarak haber verin ve bir kanıt saklayın.

concept-naturalisation = vatandaşlığa kabul (Fransız vatandaşlığı)
    .explain = Naturalisation, Fransız vatandaşı olmak için yapılan başvurudur. ANEF'te yapılır ve genellikle Fransa'da birkaç yıl kalmış olmayı gerektirir.

concept-regroupement-familial = aile birleşimi
    .explain = Aile birleşimi, eşinizi ve reşit olmayan çocuklarınızı Fransa'ya getirmenizi sağlar. Yeterli gelir ve uygun bir konut gerekir.

concept-admission-exceptionnelle-au-sejour = istisnai oturma izni (AES, yasallaşma)
    .explain = Belgesiz bir kişi için iş veya aile nedenleriyle yapılan bir oturma izni başvurusudur. Préfecture her dosyaya ayrı ayrı karar verir.

concept-etranger-malade = hasta yabancı (tedavi için oturma izni)
    .explain = Bu oturma izni, ağır hasta olan ve kendi ülkesinde tedavi edilemeyen kişiler içindir. OFII'nin bir doktoru dosyanız hakkında görüş verir.

concept-demande-d-asile = sığınma başvurusu
    .explain = Sığınma başvurusu, ülkenizde tehlikedeyseniz Fransa'dan koruma istemektir. Kararı OFPRA verir.

concept-demandeur-d-asile = sığınmacı (sığınma başvurusu yapan kişi)
    .explain = Sığınmacı, Fransa'dan koruma istemiş ve kararı bekleyen kişidir. Genel olarak, başvurusu incelenirken sığınma başvurusu belgesiyle Fransa'da kalma hakkı vardır.

concept-attestation-de-demande-d-asile = sığınma başvurusu belgesi
    .explain = Bu belge, sığınma başvurusu yaptığınızı ve kalışınızın yasal olduğunu kanıtlar. Bitiş tarihinden önce yenilenmesi gerekir.
    .where = Size préfecture'deki tek gişede (GUDA) verilir.

concept-refugie = mülteci (mülteci statüsü)
    .explain = Mülteci statüsü, OFPRA veya CNDA'nın verdiği bir korumadır. 10 yıllık oturma kartı (carte de résident) hakkı verir.

concept-protection-subsidiaire = ikincil koruma (protection subsidiaire)
    .explain = İkincil koruma, ülkesinde tehdit altında olan ama mülteci olarak tanınmayan kişiye verilen korumadır. Çok yıllık oturma kartı hakkı verir.

concept-ofpra = OFPRA (mültecileri ve vatansızları koruma kurumu)
    .explain = OFPRA sığınma başvurularını inceler ve koruma verip vermeyeceğine karar verir. Korunan kişilerin nüfus belgelerini de düzenler.

concept-cnda = CNDA (ulusal sığınma hakkı mahkemesi)
    .explain = CNDA, OFPRA'nın ret kararına itiraz edilen mahkemedir. Bu itiraz için süre bir aydır. Adli yardımla (aide juridictionnelle) ücreti ödenen bir avukat için 15 gün içinde başvurun.

concept-passeport = pasaport
    .explain = Pasaport, ülkenizin verdiği kimlik ve seyahat belgesidir. Birçok oturma izni başvurusu bunu ister.
    .where = Numarası, fotoğrafınızın olduğu sayfanın sağ üst köşesindedir.

concept-passeport-talent = yetenek pasaportu (passeport talent)
    .explain = Birkaç yıl, 4 yıla kadar geçerli bir oturma kartıdır; nitelikli kişiler, araştırmacılar, sanatçılar veya şirket kuranlar içindir. Artık « talent » oturma kartı adını taşır.

concept-dcem = reşit olmayan yabancı için seyahat belgesi (DCEM)
    .explain = DCEM, Fransa'da yaşayan yabancı bir çocuğun vizesiz seyahat edip geri dönmesini sağlar. Başvuru reşit olmayan çocuk için yapılır.

concept-titre-d-identite-et-de-voyage = kimlik ve seyahat belgesi (TIV)
    .explain = TIV, préfecture'ün bazı korunan kişilere verdiği bir seyahat belgesidir. Kendi ülkesinden pasaport alamayan kişi için pasaportun yerini tutar.

concept-titre-de-voyage = seyahat belgesi
    .explain = Seyahat belgesi, mülteciler ve vatansızlar için pasaportun yerini tutar. Mültecilerin kaçtıkları ülkeye gitmesine izin vermez.

concept-oqtf = Fransa topraklarını terk etme zorunluluğu (OQTF)
    .explain = OQTF, préfecture'ün Fransa'yı terk etmenizi isteyen kararıdır. Mahkemede itiraz süresi çok kısadır, bazen yalnızca birkaç gün.
    .todo = Mektubun tarihini okuyun ve hemen bir dernek veya avukatla iletişime geçin. Zarfı saklayın.

concept-irtf = Fransa'ya geri dönüş yasağı (IRTF)
    .explain = IRTF, belirli bir süre Fransa'ya geri dönmeyi yasaklar. Çoğu zaman bir OQTF ile birlikte gelir ve ona da itiraz edilebilir.

concept-contrat-d-integration-republicaine = cumhuriyete uyum sözleşmesi (CIR)
    .explain = CIR, gelişinizde OFII ile imzalanan bir sözleşmedir. Fransızca dersleri ve Fransa'daki yaşam hakkında bir eğitim içerir.

concept-visite-medicale = sağlık muayenesi
    .explain = OFII, gelişinizden sonra sizi bir sağlık muayenesine çağırabilir. Bazı oturma izinleri için zorunludur.

concept-date-d-expiration = geçerlilik bitiş tarihi
    .explain = Belgenizin artık geçerli olmadığı tarihtir. Yenileme başvurunuzu bu tarihten önce yapın.
    .where = Oturma izninde, récépissé belgesinde veya pasaportta, çoğu zaman «Valable jusqu'au» yazısının yanında.

concept-date-de-delivrance = veriliş tarihi
    .explain = Belgenin idare tarafından size verildiği tarihtir.
    .where = Belgenin kendisinde, çoğu zaman bitiş tarihinin yakınında.

concept-date-d-entree-en-france = Fransa'ya giriş tarihi
    .explain = Fransa'ya geldiğiniz gündür. Kanıtlarını saklayın: pasaporttaki giriş damgası, uçak veya tren bileti.
    .where = Pasaportunuzdaki giriş damgasında.

concept-renouvellement = yenileme
    .explain = Yenileme, eski belge bitmek üzereyken yeni bir belge istemektir. ANEF'te oturma izninin yenilenmesini bitiş tarihinden 120 ile 60 gün önce arasında isteyin. Gişeden istenen bir belge için bitiş tarihinden önceki 2 ay içindedir.

concept-premiere-demande = ilk başvuru
    .explain = Bu tür bir izin belgesi veya belgeniz hiç olmadıysa ilk başvuruyu seçin.

concept-changement-de-statut = statü değişikliği
    .explain = Statü değişikliği, başka türde bir oturma izni istemektir. Örneğin öğrencilikten çalışan statüsüne geçmek.

concept-etudiant = öğrenci
    .explain = Bu oturma izni bir okula veya üniversiteye kayıtlı kişiler içindir. Yılda en fazla 964 saat, yani tam zamanın %60'ı kadar çalışmaya izin verir. Cezayir gibi bazı ülkeler için farklı kurallar vardır.

concept-salarie = ücretli çalışan
    .explain = Ücretli çalışan, bir iş sözleşmesiyle bir işveren için çalışır. Ücretli çalışan oturma izni bu işe bağlıdır.

concept-situation-professionnelle = mesleki durum
    .explain = Geçiminizi nasıl sağladığınız: çalışan, iş arayan, öğrenci veya çalışmıyor. Bugünkü durumunuzu seçin.

concept-travailleur-temporaire = geçici işçi
    .explain = Bu oturma izni bir yıldan kısa bir iş içindir, örneğin kısa bir sözleşme. Sözleşme kadar sürer.

concept-vie-privee-et-familiale = özel ve aile hayatı
    .explain = Bu oturma izni Fransa'daki aile bağlarınız için verilir, örneğin Fransız bir eş veya Fransız bir çocukla. Çalışmaya izin verir.

concept-autorisation-de-travail = çalışma izni
    .explain = Çalışma izni, yabancı bir kişinin Fransa'da çalışmasını sağlar. Çoğu zaman işveren bunu çevrimiçi ister.

concept-ceseda = CESEDA (yabancılar ve sığınma hakkı kanunu)
    .explain = CESEDA, Fransa'da yabancıların kalışı ve sığınma ile ilgili yasaların kitabıdır. Préfecture'ün mektupları onun maddelerini anar.

concept-dossier = dosya
    .explain = Dosya, başvurunuzu ve tüm belgelerinizi bir araya getirir. İdare karar vermek için onu inceler.

concept-numero-de-dossier = dosya numarası
    .explain = Başvurunuzu tanımlayan numaradır. Not edin, idareye yazmak için gerekecek.
    .where = Onay e-postasında, başvuru teslim belgesinde veya hesabınızda.

concept-instruction = inceleniyor
    .explain = Instruction, dosyanızın idare tarafından incelenmesidir. Bu süre içinde kararı beklersiniz.

concept-decision = karar
    .explain = Karar, idarenin başvurunuza verdiği cevaptır: evet veya hayır. Yazılı bir karar, ona nasıl itiraz edileceğini de söyler.

concept-refus = ret
    .explain = Ret, idarenin başvurunuza hayır dediği anlamına gelir. İtiraz edebilirsiniz, ama süre kısadır.
    .todo = Mektubu ve zarfı saklayın, alış tarihini not edin ve hemen bir dernek veya avukatla iletişime geçin.

## Justice et recours

concept-recours = itiraz (başvuru yolu)
    .explain = Recours, bir karara itiraz etmek için yapılan bir başvurudur. Ya idarenin kendisine yazılır ya da hâkime gidilir.

concept-delai-de-recours = itiraz süresi
    .explain = Bir karara itiraz etmek için sahip olduğunuz süredir. Çoğu zaman 2 aydır, bazen çok daha kısadır.
    .where = Karar mektubunun sonunda, «voies et délais de recours» bölümünde.

concept-decision-implicite-de-rejet = zımni ret kararı (idarenin sessizliği)
    .explain = İdare belirli bir süre cevap vermezse yasa bazen bunu ret sayar. Oturma izni için bu süre 4 aydır.
    .todo = Başvurunuzun tarihinin kanıtını saklayın. Bu süreden sonra itiraz edebilirsiniz.

concept-tribunal-administratif = idare mahkemesi
    .explain = İdare mahkemesi idareyle olan anlaşmazlıklara bakar, örneğin oturma izninin reddi. CAF için konut yardımı ve RSA anlaşmazlıklarına bakar; aile yardımları adli mahkemeye (tribunal judiciaire) gider. Bazen önce idari itiraz zorunludur: mektuptaki «voies et délais de recours» kısmını okuyun.

concept-refere = acil yargılama (référé)
    .explain = Référé, acil durumlarda hâkim önünde hızlı bir usuldür. Örneğin hâkim, préfecture'ü size randevu vermeye zorlayabilir.
    .todo = «Référé mesures utiles» için denemelerinizi kanıtlamanız gerekir: birkaç hafta boyunca birçok kez alınmış tarihli ekran görüntülerini saklayın.

concept-requete = dilekçe (mahkemeye başvuru)
    .explain = Requête, mahkemeye gönderdiğiniz yazılı başvurudur. Neye itiraz ettiğinizi ve nedenini açıklar. Bir sitede requête, sitenin bilgisayarına gönderilen bir istek anlamına da gelir.

concept-avocat = avukat
    .explain = Avukat size danışmanlık yapar ve hâkim önünde sizi savunur. Geliriniz azsa adli yardım (aide juridictionnelle) ücretini ödeyebilir.

concept-aide-juridictionnelle = adli yardım (aide juridictionnelle)
    .explain = Adli yardım, geliriniz düşükse avukat ve yargılama masraflarının tamamını veya bir kısmını öder. Mahkemeden veya avukatınızdan isteyin.

concept-conseil-d-etat = Conseil d'État (Danıştay)
    .explain = Conseil d'État, idareyle anlaşmazlıklar için en yüksek mahkemedir. 3 Haziran 2022'de, devletin oturma izinleri için ANEF'i zorunlu kılabileceğine karar verdi. Ancak yardıma rağmen site sizin için çalışmıyorsa devlet size yardım etmeli ve başka bir çözüm sunmalıdır.

concept-defenseur-des-droits = Défenseur des droits (Hak Savunucusu, kamu denetçisi)
    .explain = Défenseur des droits, bir idareyle sorunu olan veya ayrımcılığa uğrayan kişilere ücretsiz yardım eder. Ona çevrimiçi, telefonla veya bir temsilcisini görerek ulaşabilirsiniz.

concept-mediateur = arabulucu
    .explain = Arabulucu, bir idareyle anlaşmazlığı mahkemeye gitmeden çözmeye yardım eder. Çoğu zaman önce idareye yazmış olmak gerekir.

concept-reclamation = şikâyet (itiraz yazısı)
    .explain = Réclamation, katılmadığınızı veya bir hata olduğunu söyleyen bir mesajdır. Bir kopyasını ve gönderim tarihini saklayın.

concept-recours-amiable = uzlaşma yoluyla itiraz (recours amiable)
    .explain = CAF'ın veya Assurance Maladie'nin bir kararına itiraz etmek için önce onların uzlaşma itiraz komisyonuna, genellikle 2 ay içinde yazın. Bu itiraz, mahkemeye gitmeden önce çoğu zaman zorunludur. RSA için ön itiraz il genel meclisine (conseil départemental) yapılır.

concept-preuve = kanıt
    .explain = Kanıt, ne olduğunu gösteren bir belgedir: mektup, e-posta, tarihli ekran görüntüsü. Hepsini saklayın, hâkim önünde işe yarayabilir.

concept-alternative-non-numerique = internet dışı alternatif
    .explain = Oturma izni için ANEF yardıma rağmen sizin için çalışmıyorsa devlet başka bir çözüm sunmalıdır. Conseil d'État bunu 3 Haziran 2022'de söyledi. Diğer işlemler için duruma göre değişir: idareye sorun.
    .todo = Önce ANEF iletişim merkezinden veya valilikteki dijital yardım noktasından yardım isteyin. Kanıtları saklayın: e-postalar ve tarihli ekran görüntüleri. Yetmezse başka bir çözümü yazılı olarak isteyin.

concept-point-justice = point-justice (ücretsiz hukuki danışma noktası)
    .explain = Bir point-justice'te hukukçular haklarınız hakkında size ücretsiz tavsiye verir.

concept-plainte = suç duyurusu (plainte)
    .explain = Porter plainte, polise veya jandarmaya bir suçun mağduru olduğunuzu bildirmek demektir. Oturma izniniz olmasa bile suç duyurusunda bulunabilirsiniz.

concept-casier-judiciaire = adli sicil kaydı
    .explain = Adli sicil, bir kişinin mahkûmiyetlerini listeler. Bazı işlemler, çevrimiçi ücretsiz alınan bir adli sicil belgesi ister.

## Prestations sociales

concept-caf = CAF (aile yardımları kurumu)
    .explain = CAF para yardımları öder: konut yardımları, RSA, prime d'activité, çocuklar için yardımlar. Her bölgenin (département) kendi CAF'ı vardır.

concept-msa = MSA (tarım çalışanları sosyal güvenlik kurumu)
    .explain = MSA, tarımda çalışan kişiler için CAF'ın ve Assurance Maladie'nin (sağlık sigortası) işini yapar.

concept-allocataire = yardım alan kişi (allocataire)
    .explain = Allocataire, hanesi için CAF'tan veya MSA'dan yardım alan kişidir.

concept-numero-allocataire = yardım alan numarası (numéro allocataire)
    .explain = CAF'taki dosya numaranızdır. CAF'a yazmak veya telefon etmek için saklayın. caf.fr'ye giriş için genellikle sosyal güvenlik numaranız kullanılır.
    .where = CAF mektuplarının üst kısmında ve ödeme belgesinde.

concept-prestation = sosyal yardım (prestation)
    .explain = Prestation, CAF veya Assurance Maladie gibi bir kurumun ödediği, çoğu zaman parasal bir yardımdır.

concept-rsa = RSA (düşük gelirliler için asgari gelir yardımı)
    .explain = RSA, çok az geliri olan veya hiç geliri olmayan kişiler için, genellikle 25 yaşından itibaren, bir para yardımıdır. Gelirlerinizi her 3 ayda bir beyan etmeniz gerekir.

concept-prime-d-activite = çalışanlara gelir desteği (prime d'activité)
    .explain = Prime d'activité, çalışan ve az kazanan kişiler için CAF'ın verdiği bir yardımdır. Gelirlerinizi her 3 ayda bir beyan etmeniz gerekir.

concept-aide-au-logement = konut yardımı
    .explain = Kiranın bir kısmını ödemek için CAF'ın veya MSA'nın verdiği bir yardımdır. Miktarı gelirinize, kiraya ve ailenize bağlıdır.

concept-apl = APL (kişiye özel konut yardımı)
    .explain = APL, devletle sözleşmeli (conventionné) konutlar, çoğu zaman sosyal konutlar için bir konut yardımıdır. Doğrudan ev sahibine ödenebilir; o da bunu kiradan düşer. Aksi halde size ödenir.

concept-als = ALS (sosyal konut yardımı)
    .explain = ALS, bakmakla yükümlü çocuğu olmayan ve APL hakkı olmayan kişiler için bir konut yardımıdır. Öğrenciler çoğu zaman bunu alır.

concept-alf = ALF (aile konut yardımı)
    .explain = ALF, örneğin bakmakla yükümlü çocukları olan ve APL hakkı olmayan aileler için bir konut yardımıdır.

concept-allocations-familiales = aile yardımları (çocuk parası)
    .explain = Aile yardımları, bakmakla yükümlü en az 2 çocuğunuz varsa CAF tarafından her ay ödenir. Miktarı gelirinize bağlıdır.

concept-paje = Paje (küçük çocuk yardımı)
    .explain = Paje, doğum ve küçük çocuklar için CAF yardımlarını bir araya getirir. Çocuk bakım masraflarına da yardım eder.

concept-allocation-de-rentree-scolaire = okula dönüş yardımı (ARS)
    .explain = ARS, okula giden 6 ila 18 yaş arasındaki her çocuk için yaz sonunda ödenen bir yardımdır. Gelirinize bağlıdır.

concept-aah = AAH (engelli yetişkinler yardımı)
    .explain = AAH, geliri az olan engelli yetişkinler için bir para yardımıdır. MDPH karar verir, sonra CAF veya MSA yardımı öder.

concept-mdph = MDPH (engelliler il merkezi)
    .explain = MDPH, engelli kişilerin başvurularını inceler; örneğin AAH veya hareketlilik ve katılım kartı (CMI). CMI, 2017'den beri engelli kartının (carte d'invalidité) yerini almıştır. Eski engelli kartı en geç 31 Aralık 2026'ya kadar geçerlidir.

concept-allocation-de-soutien-familial = aile destek yardımı (ASF)
    .explain = ASF, diğer ebeveyn nafaka ödemediğinde veya az ödediğinde çocuğunu tek başına büyüten ebeveyne yardım eder.

concept-complement-familial = ek aile yardımı (complément familial)
    .explain = Complément familial, 3 yaşından büyük en az 3 çocuğu olan ve geliri düşük aileler için CAF'ın verdiği bir yardımdır.

concept-pension-alimentaire = nafaka
    .explain = Ayrılmış bir ebeveynin çocuklar için diğerine ödediği paradır. Bu para ödenmezse CAF yardımcı olabilir.

concept-quotient-familial = aile katsayısı (quotient familial)
    .explain = Quotient familial, geliriniz ve aile büyüklüğünüzle yapılan bir hesaptır. Belediye ve diğer hizmetler fiyatlarını belirlemek için bunu kullanır.
    .where = CAF sitesinden indirilecek quotient familial belgenizde.

concept-ressources = gelirler (ressources)
    .explain = Gelirleriniz aldığınız tüm paradır: maaş, işsizlik ödeneği, yardımlar, emekli maaşları. Yardımlar gelirlerinize göre hesaplanır.

concept-declaration-trimestrielle-de-ressources = üç aylık gelir beyanı (DTR)
    .explain = RSA veya prime d'activité için her 3 ayda bir gelirlerinizi CAF'a beyan etmeniz gerekir. Bu beyan olmadan ödemeler durur.
    .todo = CAF istediği anda yapın. Takılırsanız bir ekran görüntüsü saklayın ve CAF ile iletişime geçin.

concept-declaration-de-situation = durum beyanı
    .explain = Kuruma kimin sizinle yaşadığını, nerede oturduğunuzu ve ne yaptığınızı bildirdiğiniz bir formdur. Haklarınızı hesaplamak için kullanılır.

concept-changement-de-situation = durum değişikliği
    .explain = Her değişikliği hemen CAF'a veya CPAM'a bildirmeniz gerekir: taşınma, doğum, birlikte yaşama, ayrılık, iş. Yoksa para geri ödemeniz gerekebilir.

concept-indu = fazla ödenen para (indu)
    .explain = Indu, size fazladan ödenmiş paradır. Kurum bunu geri ister, çoğu zaman sonraki yardımlarınızdan keserek.
    .todo = Katılmıyorsanız mektupta yazan süre içinde uzlaşma yoluyla itiraz (recours amiable) yapın. Borç affı veya taksitlendirme de isteyebilirsiniz.

concept-remise-de-dette = borç affı
    .explain = Ödeyemiyorsanız fazla ödenen paranın tamamını veya bir kısmını geri ödememeyi isteyebilirsiniz. Birkaç taksitte ödemeyi de isteyebilirsiniz.

concept-rappel = geriye dönük ödeme (rappel)
    .explain = Rappel, kurumun size borçlu olduğu ve gecikmeli olarak tek seferde ödediği paradır. Rappel, size bir tarihi hatırlatan bir mesaj da olabilir.

concept-paiement = ödeme
    .explain = Ödeme, size veya sizin tarafınızdan ödenen paradır. CAF hesabınızda bu sayfa ödenen yardımları gösterir.

concept-versement = para yatırılması (ödeme)
    .explain = Versement, paranın banka hesabınıza gönderilmesidir. CAF bir ayın yardımlarını genellikle sonraki ayın 5'inde öder. Paranın hesabınıza geçmesi 3 güne kadar sürebilir.

concept-droits = haklar
    .explain = Haklarınız, yasanın almanıza veya yapmanıza izin verdiği şeylerdir. Örneğin konut yardımı hakkı.

concept-ouverture-de-droits = hakların açılması
    .explain = Hakların açılması, kurumun başvurunuzu kabul ettiği anlamına gelir. Bu tarihten itibaren yardımı alabilirsiniz.

concept-fin-de-droits = hakların sona ermesi
    .explain = Bir yardımın durduğu tarihtir. Önceden bilgi alın, çünkü bazen başka bir yardım mümkündür.

concept-attestation-de-paiement = ödeme belgesi
    .explain = Bu belge aldığınız yardımları ve miktarlarını kanıtlar. Bir konut, okul yemekhanesi veya başka bir yardım için istenir.
    .where = CAF hesabınızda, attestations (belgeler) bölümünden indirilir.

concept-simulation = hesaplama (simülasyon)
    .explain = Simülasyon, bir yardım alıp alamayacağınızı ve ne kadar alacağınızı hesaplar. Bu bir başvuru değildir: sonra gerçek başvuruyu yapmanız gerekir.

concept-controle = denetim (kontrol)
    .explain = Kurum beyanlarınızı mektupla veya bir ziyaretle kontrol edebilir. İstenen süre içinde cevap verin ve kopyalarını saklayın.

concept-suspension = askıya alma (durdurma)
    .explain = Askıya alma, yardımın bir süreliğine durdurulduğu anlamına gelir, çoğu zaman bir belge veya beyan eksik olduğu için.
    .todo = Neyin eksik olduğunu öğrenmek için mesajı okuyun, hemen gönderin ve gönderim kanıtını saklayın.

concept-radiation = kayıttan silinme (radiation)
    .explain = Radiation, bir listeden çıkarıldığınız anlamına gelir, örneğin iş arayanlar listesinden. Yardımlarınız durabilir.
    .todo = Mektubu okuyun ve bir hataysa hemen itiraz edin. Yaptığınız işlemlerin kanıtlarını saklayın.

concept-rib = RIB (banka hesap bilgileri belgesi)
    .explain = RIB, bankanızın verdiği, adınızı ve hesap numaralarınızı gösteren bir belgedir. Size para ödemek için istenir.
    .where = Bankanızın uygulamasında, çek defterinizde veya banka gişesinde.

concept-iban = IBAN (uluslararası banka hesap numarası)
    .explain = IBAN, banka hesabınızın uluslararası numarasıdır. Fransa'da 27 karakterlidir ve FR ile başlar.
    .where = RIB'inizde veya bankanızın uygulamasında.

concept-bic = BIC (banka kodu, SWIFT)
    .explain = BIC, bankanızın 8 veya 11 harf ve rakamdan oluşan kodudur. Bazen IBAN ile birlikte istenir.
    .where = RIB'inizde, IBAN'ın yanında.

concept-banque = banka
    .explain = Banka paranızı bir hesapta saklar. Yardımlar sizin adınıza olan bir banka hesabına ödenir.

concept-compte-bancaire = banka hesabı
    .explain = Banka hesabı, maaş veya yardımlar gibi paranızı alır. Çoğu zaman sizin adınıza olmalıdır.

concept-droit-au-compte = banka hesabı açma hakkı
    .explain = Bir banka size hesap açmayı reddederse Banque de France bir bankayı bunu yapmaya zorlayabilir. Ücretsizdir.

concept-cheque-energie = enerji çeki (chèque énergie)
    .explain = Enerji çeki, gelirinize göre elektrik, gaz veya ısınma faturalarını ödemenize yardım eder. 2025'ten beri her zaman kendiliğinden gelmiyor: bazı kişilerin başvurması gerekiyor. Gelirlerinizi her yıl beyan edin ve o yılın kurallarını chequeenergie.gouv.fr'de kontrol edin.

concept-aspa = ASPA (yaşlılar için dayanışma yardımı)
    .explain = ASPA, geliri düşük yaşlı kişiler için, genellikle 65 yaşından itibaren, bir para yardımıdır.

concept-retraite = emeklilik (emekli maaşı)
    .explain = Emekli maaşı, yaşınız nedeniyle çalışmayı bıraktığınızda her ay ödenen paradır. Miktarı çalıştığınız yıllara bağlıdır.

concept-ccas = CCAS (belediyenin sosyal yardım merkezi)
    .explain = CCAS, belediyenin sosyal hizmetidir. Acil yardımlar verir, işlemlerde yardım eder ve size posta adresi (domiciliation) sağlayabilir.

concept-france-services = France Services (işlemler için ücretsiz yardım merkezi)
    .explain = France Services noktalarında görevliler işlemlerinizde size ücretsiz yardım eder: CAF, vergiler, sağlık, belgeler. Birçok şehirde bulunur.

concept-centre-social = sosyal merkez (semt evi)
    .explain = Sosyal merkez, mahallede herkese açık bir yerdir. Orada çoğu zaman çevrimiçi işlemler için yardım alabilirsiniz.

concept-travailleur-social = sosyal hizmet görevlisi
    .explain = Sosyal hizmet görevlisi zorluklarınızda size yardım eder: konut, para, belgeler, sağlık. Onu belediyede, département idaresinde veya bir dernekte görebilirsiniz.

concept-conseiller-numerique = dijital danışman
    .explain = Dijital danışman, işlemleriniz için bilgisayarı ve interneti kullanmanıza yardım eder.

concept-aidants-connect = Aidants Connect (yardımcının sizin adınıza çevrimiçi işlem yapması)
    .explain = Aidants Connect, profesyonel bir yardımcının yazılı onayınızla sizin yerinize çevrimiçi işlem yapmasını sağlar. İşlemleri ve süreyi siz seçersiniz.

concept-interprete = tercüman (sözlü)
    .explain = Tercüman, sizinle Fransızca konuşan kişi arasında sözlü çeviri yapar. Randevunuz için tercüman mümkün olup olmadığını önceden sorun.

## Santé

concept-assurance-maladie = Assurance Maladie (devlet sağlık sigortası)
    .explain = Assurance Maladie tedavi masraflarınızın bir kısmını öder: doktor, ilaçlar, hastane. Sitesinin adı Ameli'dir.

concept-securite-sociale = sosyal güvenlik (Sécurité sociale)
    .explain = Sécurité sociale, hastalığa, yaşlılığa ve aile giderlerine karşı koruyan Fransız sistemidir. Assurance Maladie'yi ve CAF'ı kapsar.

concept-ameli = Ameli (sağlık sigortası sitesi)
    .explain = Ameli, Assurance Maladie'nin sitesidir. Hesabınızda geri ödemelerinizi görür ve hak belgesini (attestation de droits) indirirsiniz.

concept-cpam = CPAM (sağlık sigortası il müdürlüğü)
    .explain = CPAM, bölgenizdeki (département) Assurance Maladie bürosudur. Carte Vitale, AME ve Complémentaire santé solidaire başvurularını işler.

concept-numero-de-securite-sociale = sosyal güvenlik numarası
    .explain = Sağlık için kişisel numaranızdır: 13 rakam ve ardından 2 rakamlı bir kontrol anahtarı. Erkekler için 1, kadınlar için 2 ile başlar.
    .where = Carte Vitale kartınızda ve hak belgenizde.

concept-numero-provisoire = geçici numara
    .explain = Yurt dışında doğduysanız Assurance Maladie size önce çoğu zaman 7 veya 8 ile başlayan geçici bir numara verir. Kesin numara, nüfus bilgileriniz kontrol edildikten sonra gelir.
    .where = Hak belgenizde.

concept-carte-vitale = carte Vitale (sağlık sigortası kartı)
    .explain = Carte Vitale, Assurance Maladie'nin yeşil kartıdır. Daha hızlı geri ödeme almak için doktorda veya eczanede verin.

concept-attestation-de-droits = sağlık sigortası hak belgesi
    .explain = Bu belge sağlık sigortanız olduğunu kanıtlar. Sosyal güvenlik numaranızı ve haklarınızı gösterir.
    .where = Ameli hesabınızdan indirin veya CPAM'dan isteyin.

concept-assure = sigortalı
    .explain = Sigortalı, kendi adına sağlık sigortası olan kişidir.

concept-ayant-droit = hak sahibi (başkasının sigortasından yararlanan)
    .explain = Hak sahibi, başka birinin sigortasıyla kapsanan kişidir, örneğin anne babasının sigortasıyla kapsanan bir çocuk.

concept-aide-medicale-d-etat = devlet sağlık yardımı (AME)
    .explain = AME, oturma izni olmayan, 3 aydan uzun süredir Fransa'da yaşayan ve geliri düşük kişilerin tedavisini öder. Her yıl CPAM'dan istenir.

concept-complementaire-sante-solidaire = Complémentaire santé solidaire (ücretsiz veya ucuz tamamlayıcı sağlık sigortası)
    .explain = Complémentaire santé solidaire, Assurance Maladie'nin geri ödemediği tedavi masraflarını ödemeye yardım eder. Gelirinize göre ücretsizdir veya kişi başına günde bir eurodan az tutar. Ameli üzerinden veya CPAM'ınıza başvurun.

concept-puma = PUMa (evrensel sağlık güvencesi)
    .explain = PUMa, Fransa'da çalışan veya düzenli ve yasal olarak yaşayan herkese sağlık sigortası verir. CMU'nun yerini aldı.

concept-mutuelle = tamamlayıcı sağlık sigortası (mutuelle)
    .explain = Mutuelle, tedavinin Assurance Maladie'nin geri ödemediği kısmının bir bölümünü öder. Genellikle ücretlidir. Düşük gelirliler için Complémentaire santé solidaire ücretsizdir veya kişi başına günde bir eurodan az tutar.

concept-medecin-traitant = aile hekimi (médecin traitant)
    .explain = Médecin traitant, sizi takip etmesi için seçtiğiniz doktordur. Bildirmezseniz daha az geri ödeme alırsınız.

concept-medecin = doktor
    .explain = Doktor sizi tedavi eder ve reçete veya iş göremezlik raporu yazabilir.

concept-ordonnance = reçete
    .explain = Ordonnance, doktorun ilaçları veya tedavileri yazdığı kâğıttır. Eczanenin buna ihtiyacı vardır. Mahkemede ordonnance aynı zamanda bir hâkim kararıdır.

concept-remboursement = geri ödeme
    .explain = Geri ödeme, tedaviden sonra Assurance Maladie'nin veya mutuelle'in size geri verdiği paradır. Ameli hesabınızda görürsünüz.

concept-feuille-de-soins = tedavi formu (feuille de soins)
    .explain = Feuille de soins, carte Vitale kartınız yoksa doktorun verdiği kâğıttır. Geri ödeme almak için CPAM'ınıza gönderin.

concept-arret-de-travail = iş göremezlik raporu (hastalık izni)
    .explain = Arrêt de travail, sağlık nedeniyle çalışamayacağınızı söyleyen bir doktor belgesidir. 48 saat içinde CPAM'a ve işverene gönderin.

concept-indemnites-journalieres = günlük geçici iş göremezlik ödeneği
    .explain = Bunlar, iş göremezlik raporu süresince Assurance Maladie'nin ödediği paralardır. Maaşın bir kısmının yerini tutar.

concept-tiers-payant = ön ödemesiz sistem (tiers payant)
    .explain = Tiers payant ile Assurance Maladie kendi payını doğrudan doktora veya eczaneye öder. Siz yalnızca kalanını ödersiniz; tamamlayıcı sigortanız (mutuelle) da doğrudan öderse hiçbir şey ödemezsiniz.

concept-pass = hastanede sağlık hizmetine erişim birimi (PASS)
    .explain = PASS, sağlık sigortası olmayan kişiler için bir hastane hizmetidir. Orada tedavi edilirsiniz ve haklarınızı açmak için yardım alırsınız.

concept-affection-de-longue-duree = uzun süreli hastalık (ALD)
    .explain = ALD, şeker hastalığı gibi ağır ve uzun süren bir hastalıktır. Bu hastalıkla ilgili tedaviler daha iyi geri ödenir.

concept-certificat-medical = doktor raporu (sağlık belgesi)
    .explain = Doktor raporu, bir doktorun sağlık durumunuz hakkında yazdığı belgedir. Bazı işlemler bunu ister, örneğin tedavi için oturma izni.

concept-mon-espace-sante = Mon espace santé (çevrimiçi sağlık kaydı)
    .explain = Mon espace santé çevrimiçi bir sağlık karnesidir. Kabul ederseniz doktorlarınız sağlık belgelerinizi oraya koyabilir.

concept-doctolib = Doctolib (doktor randevu sitesi)
    .explain = Doctolib, bir doktordan veya hastaneden randevu almak için özel bir sitedir. Hastalar için ücretsizdir.

concept-urgences = acil servis
    .explain = Hastanenin acil servisi ciddi sorunları gece gündüz tedavi eder. Hayati bir acil durum için 15'i veya 112'yi arayın.

concept-agence-regionale-de-sante = bölgesel sağlık ajansı (ARS)
    .explain = Bölgesel sağlık ajansı, bölgenizde sağlığı düzenler: hastaneler, aşılar, koruyucu sağlık. Tedavi masraflarını geri ödemez.

## Impôts

concept-impots = vergiler
    .explain = Vergiler devlete veya belediyeye ödenen paradır. Vergi ödemeseniz bile çoğu zaman her yıl beyanname vermeniz gerekir.

concept-impots-gouv = impots.gouv.fr (resmi vergi sitesi)
    .explain = Fransa'daki resmi vergi sitesidir. Orada gelirlerinizi beyan eder ve vergi bildirimlerinizi bulursunuz.

concept-dgfip = DGFiP (vergi idaresi)
    .explain = DGFiP, Fransa'daki vergi idaresidir.

concept-numero-fiscal = vergi numarası
    .explain = Vergi numarası, vergi dairesindeki 13 rakamlı kişisel numaranızdır. impots.gouv.fr'de kullanıcı adı olarak kullanılır.
    .where = Vergi bildiriminizin veya gelir beyannamenizin ilk sayfasında, üstte.

concept-numero-d-acces-en-ligne = çevrimiçi erişim numarası
    .explain = Bu numara, impots.gouv.fr'de ilk kez hesap oluşturmak için kullanılır. Her yıl değişir.
    .where = Son gelir vergisi beyannamenizin ilk sayfasında veya vergi dairesinden gelen bir mektupta.

concept-avis-d-imposition = vergi bildirimi (avis d'imposition)
    .explain = Vergi bildirimi, beyannamenizden sonra vergi dairesinin gönderdiği belgedir. Ne kadar ödemeniz gerektiğini söyler ve gelir kanıtı olarak kullanılır.
    .where = impots.gouv.fr'deki kişisel alanınızda (espace particulier), Documents bölümünde.

concept-avis-de-non-imposition = vergi muafiyeti bildirimi
    .explain = Bu belge, ödemeniz gereken gelir vergisi olmadığını söyler. Yardımlar, sosyal konut veya burslar için sık sık istenir. Bugün bu işi beyan durum bildirimi (avis de situation déclarative) veya vergi bildirimi görür.

concept-avis-de-situation-declarative = beyan durumu belgesi (ASDIR)
    .explain = Bu belge, çevrimiçi beyan yapılır yapılmaz gelirlerinizi beyan ettiğinizi kanıtlar. Vergi bildirimi gelene kadar kullanılabilir.

concept-revenu-fiscal-de-reference = referans vergi geliri (RFR)
    .explain = Vergi dairesinin gelirlerinizden hesapladığı bir tutardır. Birçok yardım ve tarife bu sayıyı kullanır.
    .where = Vergi bildiriminizin ilk sayfasında, referans bilgilerinizin bulunduğu kutuda.

concept-declaration-de-revenus = gelir beyannamesi
    .explain = Her yıl ilkbaharda, bir önceki yıl kazandığınız parayı vergi dairesine beyan edersiniz. Az veya hiç geliriniz olmasa bile yapın, çünkü bildirim yardımlarınız için kullanılır.

concept-declaration-automatique = otomatik beyan
    .explain = Durumunuz değişmediyse vergi dairesi beyannamenizi kendisi onaylar. Yine de tutarları kontrol edin ve gerekirse düzeltin.

concept-declarant = beyan eden kişi
    .explain = Beyan eden, beyannameyi veren kişidir. Evli veya PACS'lı bir çift için beyan eden 1 ve beyan eden 2 vardır.

concept-prelevement-a-la-source = kaynakta vergi kesintisi
    .explain = Gelir vergisi her ay doğrudan maaşınızdan veya gelirlerinizden alınır. Buna kaynakta kesinti denir.

concept-taux-de-prelevement = vergi kesinti oranı
    .explain = Vergi için her ay gelirlerinizden alınan yüzdedir. Son beyannamenize göre hesaplanır.

concept-impot-sur-le-revenu = gelir vergisi
    .explain = Gelir vergisi, yıl içinde kazandığınız paraya göre hesaplanır. Düşük gelirli birçok kişi bunu ödemez.

concept-revenu-imposable = vergiye tabi gelir
    .explain = Gelirinizin gelir vergisini hesaplamak için sayılan kısmıdır.

concept-taxe-fonciere = emlak vergisi (taxe foncière)
    .explain = Taxe foncière, bir konutun veya arsanın sahipleri tarafından her yıl ödenir. Kiracılar ödemez.

concept-taxe-d-habitation = konut vergisi (taxe d'habitation)
    .explain = Taxe d'habitation, ana konutunuz için artık yok. Yalnızca ikinci konutlar için kalmıştır.

concept-foyer-fiscal = vergi hanesi (foyer fiscal)
    .explain = Vergi hanesi, aynı gelir beyannamesinde yer alan kişilerin tümüdür: siz, eşiniz veya PACS partneriniz, bakmakla yükümlü çocuklarınız.

concept-part-fiscale = vergi payı (part fiscale)
    .explain = Pay sayısı ailenize bağlıdır: yetişkinler ve bakmakla yükümlü çocuklar. Ne kadar çok payınız varsa vergi o kadar düşüktür.

concept-annee-de-revenus = gelir yılı
    .explain = Beyan edilen parayı kazandığınız yıldır. Genellikle bir önceki yılın gelirleri beyan edilir.

concept-residence-fiscale = vergi ikametgâhı
    .explain = Vergi ikametgâhı, vergilerinizi ödediğiniz ülkedir, çoğu zaman yılın büyük bölümünü yaşadığınız ülke.

concept-centre-des-finances-publiques = vergi dairesi (centre des finances publiques)
    .explain = Evinize yakın vergi dairesidir. Orada beyannameniz hakkında sorular sorabilirsiniz, çoğu zaman randevuyla.

concept-espace-particulier = kişisel alan (espace particulier)
    .explain = impots.gouv.fr'deki kişisel hesabınızdır, artık « espace Finances publiques » adını taşır. Orada gelirlerinizi beyan eder, bildirimlerinizi okur ve vergi dairesine yazarsınız.

## Emploi

concept-france-travail = France Travail (iş ve işsizlik kurumu, eski adı Pôle emploi)
    .explain = France Travail iş arayan kişilere yardım eder ve işsizlik ödeneklerini öder. 2024'ten önce adı Pôle emploi idi.

concept-identifiant-france-travail = France Travail kullanıcı numarası
    .explain = France Travail'in kaydınız sırasında verdiği numaradır. Giriş yapmak ve France Travail'e yazmak için kullanılır.
    .where = France Travail mektuplarında ve kayıtta gelen e-postada.

concept-demandeur-d-emploi = iş arayan
    .explain = İş arayan, iş bulmak için France Travail'e kayıtlı kişidir.

concept-inscription = kayıt
    .explain = Kayıt, örneğin France Travail'e kaydolmak için yapılan ilk işlemdir. Yardıma ve ödeneklere erişim sağlar.

concept-actualisation = aylık durum bildirimi (actualisation)
    .explain = Her ay France Travail'e çalışıp çalışmadığınızı ve hâlâ iş arayıp aramadığınızı bildirirsiniz. Bu bildirim olmadan kaydınız ve ödenekleriniz durur.
    .todo = Belirtilen tarihte yapın, çoğu zaman ayın sonunda. Onayı veya bir ekran görüntüsünü saklayın.

concept-chomage = işsizlik
    .explain = İşsiz olmak, işiniz olmaması ve iş aramanız demektir. Belirli koşullarla France Travail size para öder.

concept-are = işsizlik ödeneği (ARE)
    .explain = ARE, işinizi kaybettiyseniz ve daha önce yeterince çalıştıysanız France Travail'in ödediği işsizlik ödeneğidir. Örneğin işten çıkarılma, karşılıklı anlaşmayla fesih (rupture conventionnelle) veya belirli süreli sözleşmenin (CDD) bitiminden sonra ödenir. İstifadan sonra ise yalnızca bazı durumlarda.

concept-ass = özel dayanışma ödeneği (ASS)
    .explain = ASS, işsizlik ödeneği haklarınız bittiğinde, daha önce yeterince çalıştıysanız ve geliriniz düşükse ödenebilir. Kaldırılması 2024 ve 2025'te önerildi. Sizin için hâlâ var olup olmadığını France Travail'e sorun.

concept-conseiller = danışman
    .explain = Danışman, dosyanızı takip eden ve iş aramanızda size yardım eden kişidir. Ona mesaj kutusu üzerinden yazabilirsiniz.

concept-attestation-employeur = işveren belgesi
    .explain = İşveren, sözleşmenizin sonunda bu belgeyi size vermek zorundadır. France Travail, işsizlik ödeneğinizi hesaplamak için buna ihtiyaç duyar.

concept-bulletin-de-salaire = maaş bordrosu
    .explain = İşverenin her ay maaşınızla birlikte verdiği belgedir. Her zaman saklayın; işsizlik, emeklilik ve oturma izni için kullanılır.

concept-salaire = maaş
    .explain = Maaş, işveren tarafından işiniz için ödenen paradır. Brüt, kesintilerden öncekidir; net, elinize geçendir.

concept-contrat-de-travail = iş sözleşmesi
    .explain = İş sözleşmesi, sizinle işveren arasındaki yazılı anlaşmadır: görev, maaş, çalışma saatleri, süre. Bir kopyasını saklayın.

concept-cdi = CDI (belirsiz süreli iş sözleşmesi)
    .explain = CDI, bitiş tarihi olmayan bir iş sözleşmesidir.

concept-cdd = CDD (belirli süreli iş sözleşmesi)
    .explain = CDD, bitiş tarihi olan bir iş sözleşmesidir.

concept-interim = geçici iş (ajans aracılığıyla, intérim)
    .explain = Intérim, bir ajansın bir müşteri şirkette önerdiği kısa süreli bir iştir.

concept-employeur = işveren
    .explain = İşveren, sizi çalıştıran ve size ödeme yapan kişi veya şirkettir.

concept-entreprise = işletme (firma)
    .explain = İşletme bir şey üretir veya satar. Form bazen SIRET gibi resmi bilgilerini ister.

concept-societe = şirket (société)
    .explain = Société, bir veya birkaç kişinin kurduğu, resmi bir adı ve kuralları olan bir işletme biçimidir.

concept-type-de-societe = şirket türü (hukuki biçim)
    .explain = İşletmenin resmi biçimidir, örneğin SARL, SAS veya şahıs işletmesi.
    .where = Extrait Kbis'te veya SIRENE kaydındaki durum belgesinde.

concept-denomination = şirket unvanı (resmi ad)
    .explain = Dénomination, işletmenin kayıtlı olduğu resmi adıdır.
    .where = Extrait Kbis'te veya maaş bordrolarında.

concept-numero-de-siret = SIRET numarası (işyeri numarası)
    .explain = SIRET, bir işletmenin işyerine ait 14 rakamlı numarasıdır. İşletmeyi tanımlamaya yarar.
    .where = Maaş bordrolarınızın üst kısmında veya işletmenin faturalarında.

concept-numero-siren = SIREN numarası (işletme numarası)
    .explain = SIREN, işletmenin 9 rakamlı numarasıdır. SIRET'in ilk 9 rakamıdır.

concept-extrait-kbis = extrait Kbis (ticaret sicil belgesi)
    .explain = Extrait Kbis, ticaret siciline kayıtlı bir işletmenin resmi kimlik kartıdır.

concept-fonction = şirketteki görev (pozisyon)
    .explain = Fonction, işletmedeki görevinizdir, örneğin müdür, satış elemanı veya temizlik görevlisi.

concept-representant-legal = yasal temsilci
    .explain = Yasal temsilci, bir işletme adına resmi olarak hareket eder, çoğu zaman müdür veya başkan. Bir çocuk için genellikle anne babasıdır.

concept-micro-entrepreneur = mikro girişimci (serbest çalışan, micro-entrepreneur)
    .explain = Mikro girişimci, basit kurallarla kendi hesabına çalışır. Cirosunu (chiffre d'affaires) her ay veya her üç ayda bir URSSAF'a beyan eder.

concept-urssaf = URSSAF (sosyal güvenlik primlerini toplayan kurum)
    .explain = URSSAF, işverenlerin ve serbest çalışanların sosyal güvenlik primlerini toplar. Mikro girişimciler gelirlerini orada beyan eder.

concept-offre-d-emploi = iş ilanı
    .explain = İş ilanı, bir iş için birini arayan bir işverenin ilanıdır.

concept-cv = CV (özgeçmiş)
    .explain = CV, eğitiminizi, deneyiminizi ve becerilerinizi anlatan kısa bir belgedir.

concept-formation = mesleki eğitim (kurs)
    .explain = Eğitim, bir meslek veya beceri öğrenmek için bir kurstur. France Travail bir eğitim bulmanıza yardım edebilir.

concept-contrat-d-engagement-jeune = gençler için taahhüt sözleşmesi (CEJ)
    .explain = CEJ, işi veya eğitimi olmayan 26 yaşından küçük gençlere takip ve bir ödenekle yardım eder.

concept-licenciement = işten çıkarılma
    .explain = İşten çıkarılma, sözleşmenin işveren kararıyla sona ermesidir. Kurallara uymalı ve size sözleşme sonu belgelerini vermelidir.

## Documents et titres (ANTS, mairie)

concept-ants = ANTS (resmi belgeler ajansı)
    .explain = 2024'ten beri France Titres adını taşıyan ANTS; kimlik kartı, pasaport, ehliyet ve carte grise (araç ruhsatı) için çevrimiçi işlemleri yürütür.

concept-carte-nationale-d-identite = Fransız nüfus cüzdanı (carte nationale d'identité)
    .explain = Carte nationale d'identité, Fransız vatandaşlarının kimlik belgesidir. Yabancı bir kişi pasaportunu veya oturma iznini kullanır.

concept-piece-d-identite = kimlik belgesi
    .explain = Fotoğraflı ve kim olduğunuzu kanıtlayan resmi bir belgedir: pasaport, kimlik kartı veya oturma izni.

concept-permis-de-conduire = sürücü belgesi (ehliyet)
    .explain = Sürücü belgesi size araç kullanma izni verir. İşlemleri ANTS sitesinde yapılır.

concept-neph = NEPH numarası (ehliyet dosya numarası)
    .explain = NEPH, sürücü belgenizin dosya numarasıdır. Site bunu ehliyetle ilgili işlemler için ister.
    .where = Sürücü kursunun belgelerinde veya ehliyetinizde.

concept-echange-de-permis = yabancı ehliyetin değiştirilmesi
    .explain = Avrupa Birliği dışındaki bir ülkenin ehliyetine sahipseniz bazen onu Fransız ehliyetiyle değiştirmeniz gerekir. Başvuru çoğu zaman ilk oturma izninizden sonraki bir yıl içinde yapılmalıdır.

concept-code-ephoto = ePhoto kodu (dijital fotoğraf kodu)
    .explain = Dijital fotoğrafınızı başvurunuza bağlayan bir koddur. Site bunu kâğıt fotoğraf yerine ister.
    .where = Fotoğraf kabininin veya ANTS onaylı fotoğrafçının verdiği fotoğraf sayfasında.

concept-photo-d-identite = vesikalık fotoğraf
    .explain = Fotoğraf 6 aydan yeni, önden, ağız kapalı ve açık renkli bir fon üzerinde olmalıdır. Gözler iyi görünüyorsa, renkli cam ve yansıma olmadan gözlük takılabilir. Bir fotoğrafçıda veya onaylı bir kabinde çektirin.

concept-certificat-d-immatriculation = araç ruhsatı (carte grise)
    .explain = Carte grise olarak da bilinen certificat d'immatriculation, bir aracın resmi belgesidir. Plaka numarasını ve sahibinin adını taşır.

concept-pre-demande = ön başvuru (pré-demande)
    .explain = Pré-demande, kimlik kartı veya pasaport için belediyeye gitmeden önce çevrimiçi yapılır. Randevuda vereceğiniz bir numara alırsınız.

concept-mairie = belediye (mairie)
    .explain = Mairie, yaşadığınız şehrin veya köyün (commune) idari binasıdır. Nüfus belgelerini düzenler ve kimlik kartı ve pasaport başvurularını alır.

concept-empreintes-digitales = parmak izleri
    .explain = Parmak izleri, parmak uçlarınızdaki desenlerdir. Pasaport, kimlik kartı veya oturma izni için alınır.

concept-timbre-fiscal = vergi pulu (timbre fiscal)
    .explain = Timbre fiscal, bir belge için harç ödemeye yarar: oturma izni, pasaport, vize. Çevrimiçi veya bir tütün bayisinden alınır.
    .where = timbres.impots.gouv.fr sitesinde veya bir buraliste'te (tütün bayisi). Pulun numarasını saklayın.

concept-declaration-de-perte = kayıp veya çalıntı bildirimi
    .explain = Bir belgeyi kaybettiyseniz veya çaldırdıysanız bildirimde bulunun. Yeni bir belge almak için istenir.

concept-attestation = belge (resmi yazı)
    .explain = Attestation, bir bilgiyi kanıtlayan belgedir, örneğin haklarınızı, bir ödemeyi veya adresinizi.

concept-copie = kopya (fotokopi)
    .explain = Kopya, bir belgenin çoğaltılmış halidir. Aslını her zaman saklayın ve kabul ediliyorsa kopya verin.

concept-compte-rendu = rapor (tutanak)
    .explain = Compte rendu, ne olduğunu anlatan bir yazıdır. Örneğin, doktor bir muayeneden sonra rapor yazar.

concept-original = belgenin aslı (orijinal)
    .explain = Asıl belge, kopya değil gerçek belgedir. Kontrol için çoğu zaman randevuda istenir.

concept-scanner = taramak (scan)
    .explain = Taramak, kâğıt bir belgeyi dosyaya dönüştürmek demektir. Telefonla çekilmiş net bir fotoğraf çoğu zaman kabul edilir.

concept-traduction = çeviri
    .explain = Yabancı dildeki bir belgenin çoğu zaman Fransızcaya çevrilmesi gerekir. Resmi belgeler için çeviri yeminli bir tercüman tarafından yapılmalıdır.

concept-legalisation = tasdik (légalisation veya apostil)
    .explain = Légalisation veya apostil, yabancı bir belgenin gerçek olduğunu kanıtlar. Belgeyi düzenleyen ülkeye bağlıdır.

concept-en-cours-de-validite = geçerli (süresi dolmamış)
    .explain = Geçerli bir belgenin bitiş tarihi henüz geçmemiştir.

concept-courrier = posta (mektup)
    .explain = Courrier, postayla gönderilen bir mektuptur. Her önemli mektubun bir kopyasını ve gönderim kanıtını saklayın.

concept-lettre-recommandee = iadeli taahhütlü mektup
    .explain = Postayla gönderim ve teslim kanıtıyla gönderilen bir mektuptur. Bir itiraz gibi önemli yazışmalar için kullanın.

concept-accuse-de-reception = alındı belgesi
    .explain = Alındı belgesi, idarenin başvurunuzu aldığını kanıtlar. Saklayın, işleminizin tarihini gösterir.

concept-notification = tebligat (resmi bildirim)
    .explain = Notification, sizi bir karar veya yenilik hakkında bilgilendiren resmi bir mesajdır. İtiraz süreleri tebligat tarihinden itibaren başlar.

## Rendez-vous

concept-rendez-vous = randevu
    .explain = Randevu, bir görevliyle görüşmek için belirlenmiş bir gün ve saattir. Birçok kurum yalnızca randevuyla kabul eder.

concept-prendre-rendez-vous = randevu almak
    .explain = Randevu almak, sitede boş bir gün ve saat seçmek demektir. Sonra saklamanız gereken bir onay alırsınız.

concept-creneau = boş randevu saati
    .explain = Créneau, seçebileceğiniz boş bir randevu saatidir.

concept-plage-horaire = zaman aralığı
    .explain = Plage horaire, randevuların mümkün olduğu bir zaman dilimidir, örneğin saat 9'dan 12'ye.

concept-aucun-creneau-disponible = boş randevu yok
    .explain = Site şu anda boş randevu olmadığını söylüyor. Bu sizin suçunuz değil ve haftalarca sürebilir.
    .todo = Başka gün ve saatlerde tekrar deneyin ve her seferinde tarihli bir ekran görüntüsü alın. Bu kanıtlar, yazılı olarak randevu istemenizi, sonra référé (acil yargılama) ile hâkime başvurmanızı sağlar.

concept-annuler-un-rendez-vous = randevuyu iptal etmek
    .explain = Gelemeyecekseniz yeri boşaltmak için randevunuzu iptal edin. Onay e-postasında gelen bağlantıyı kullanın.

concept-modifier-un-rendez-vous = randevuyu değiştirmek
    .explain = Randevuyu değiştirmek, başka bir gün veya saat seçmek demektir. Dikkat, eski randevu kaybolabilir.

concept-confirmation-de-rendez-vous = randevu onayı
    .explain = Randevunuzu gün, saat ve yerle birlikte kanıtlayan mesajdır. Yazdırın veya telefonunuzda saklayın.

concept-liste-d-attente = bekleme listesi
    .explain = Bir listeye kaydedildiniz ve bir yer boşaldığında idare sizinle iletişime geçer.

concept-delai = süre
    .explain = Délai, beklemeniz gereken süre veya bir şeyi yapmak için sahip olduğunuz süredir. Mektuplarda yazan sürelere uyun.

concept-reponse-automatique = otomatik yanıt
    .explain = Bir kişi değil, bir bilgisayar tarafından gönderilen mesajdır. Bu adrese cevap vermeyin, belirtilen formu veya adresi kullanın.

## Erreurs et messages

concept-message-d-erreur = hata mesajı
    .explain = Hata mesajı, bir sorunun devam etmenizi engellediğini söyler. Çoğu zaman kırmızıdır ve düzeltilecek alanın yanında veya sayfanın üstündedir.
    .todo = Mesajı okuyun, belirtilen alanı düzeltin ve tekrar deneyin. Hatayı anlamıyorsanız size yardım eden birine göstermek için ekran görüntüsü alın.

concept-erreur-technique = teknik hata
    .explain = Sitede sizden kaynaklanmayan bir sorun var. Başvurunuz gönderilmemiş olabilir.
    .todo = Tarih ve saatle bir ekran görüntüsü alın, sonra daha sonra tekrar deneyin. Hata tekrarlanırsa idareye yazın ve işlemi yapmak için başka bir yol isteyin.

concept-service-indisponible = hizmet kullanılamıyor
    .explain = Site şu anda çalışmıyor. Bu sizin suçunuz değil.
    .todo = Tarihli bir ekran görüntüsü alın ve daha sonra tekrar deneyin. Sürerse ekran görüntülerinizi saklayın: denediğinizi kanıtlarlar.

concept-maintenance = bakım çalışması
    .explain = Site teknik çalışmalar için kapalı. Genellikle birkaç saat sonra yeniden çalışır.
    .todo = Daha sonra, çoğu zaman belirtilen saatten sonra tekrar gelin. Bir son tarih yaklaşıyorsa sitenin kapalı olduğunu kanıtlamak için ekran görüntüsü saklayın.

concept-page-introuvable = sayfa bulunamadı
    .explain = Sayfanın adresi yok veya artık yok. Bağlantı eski veya yanlış yazılmış olabilir.
    .todo = Sitenin ana sayfasına dönün ve işlemi menüyle arayın. Tarayıcının üstünde yazan adresi kontrol edin.

concept-erreur-500 = 500 hatası (sunucu hatası)
    .explain = Sitenin sunucusunda bir sorun oldu. Bu sizin suçunuz değil.
    .todo = Tarihli bir ekran görüntüsü alın ve daha sonra tekrar deneyin. Hata tekrarlanırsa ekran görüntüsüyle idareye bildirin.

concept-acces-refuse = erişim reddedildi
    .explain = Site bu sayfayı görmenize izin vermiyor. Giriş yapmamış olabilirsiniz veya sayfa kısıtlı olabilir.
    .todo = Giriş yapın ve tekrar deneyin. Devam ederse ekran görüntüsü alın ve idareyle iletişime geçin.

concept-reessayer-plus-tard = daha sonra tekrar deneyin
    .explain = Site, tekrar denemeden önce beklemenizi istiyor. Sorun çoğu zaman siteden kaynaklanır.
    .todo = Saati not edin veya ekran görüntüsü alın, sonra günün başka bir saatinde tekrar deneyin.

concept-dossier-incomplet = eksik dosya
    .explain = Dosyanızda bir belge veya bilgi eksik. Dosya tamamlanmadan idare onu inceleyemez.
    .todo = Eksiklerin listesini okuyun ve belirtilen tarihten önce gönderin. Gönderim kanıtını saklayın.

concept-piece-manquante = eksik belge
    .explain = İstenen bir belge gönderilmemiş veya kabul edilmemiş.
    .todo = İstenen belgeyi hesabınıza ekleyin veya gönderin. Alamıyorsanız nedenini yazılı olarak açıklayın.

concept-format-non-valide = geçersiz biçim
    .explain = Bilgi veya dosya sitenin beklediği gibi yazılmamış. Örneğin bir tarih, bir e-posta adresi veya yanlış türde bir dosya.
    .todo = Alanın altında veya örnekte istenen biçime bakın, sonra düzeltin. Dosya için onu PDF veya JPG olarak kaydedin.

concept-fichier-trop-volumineux = dosya çok büyük
    .explain = Dosyanız sitenin kabul ettiği boyuttan daha büyük.
    .todo = Dosyayı küçültün: daha düşük kalitede veya siyah beyaz tarayın ya da bir sıkıştırma aracı kullanın. Sonra yeniden ekleyin.

concept-champ-obligatoire-non-rempli = zorunlu alan doldurulmadı
    .explain = Doldurulması gereken bir kutuyu boş bıraktınız.
    .todo = Kırmızıyla işaretli alanı bulun, doldurun, sonra yeniden onaylayın.

concept-identifiant-ou-mot-de-passe-incorrect = kullanıcı adı veya şifre yanlış
    .explain = Site kullanıcı adınızı veya şifrenizi tanımıyor. Tek bir yanlış harf veya büyük harf yeterlidir.
    .todo = Büyük harfleri ve kullanıcı adını kontrol edin, sonra tekrar deneyin. Birkaç hatadan sonra hesabın kilitlenmemesi için «Mot de passe oublié» (şifremi unuttum) seçeneğini kullanın.

concept-compte-bloque = hesap kilitlendi
    .explain = Site hesabınızı kilitledi, çoğu zaman çok fazla yanlış şifre denemesinden sonra.
    .todo = Belirtilen süreyi bekleyin veya «Mot de passe oublié» seçeneğini kullanın. İşe yaramazsa idareyle iletişime geçin ve bir ekran görüntüsü saklayın.

concept-trop-de-tentatives = çok fazla deneme
    .explain = Kısa sürede çok fazla deneme yaptınız. Site sizi bir süreliğine engelliyor.
    .todo = Tekrar denemeden önce bekleyin, çoğu zaman birkaç dakika veya birkaç saat. Bu durum işleminizi engelliyorsa ekran görüntüsü alın.

concept-session-expiree = oturum süresi doldu
    .explain = Sitede çok uzun süre hiçbir şey yapmadınız, site güvenliğiniz için oturumunuzu kapattı. Kaydetmediğiniz şeyler kaybolmuş olabilir.
    .todo = Yeniden giriş yapın ve baştan başlayın. Daha hızlı ilerlemek için belgelerinizi önceden hazırlayın.

concept-lien-expire = bağlantının süresi doldu
    .explain = E-postayla gelen bağlantı artık çalışmıyor, çoğu zaman çok eski olduğu veya zaten kullanıldığı için.
    .todo = Sitede yeni bir bağlantı isteyin, sonra hemen üzerine tıklayın.

concept-code-incorrect = yanlış kod
    .explain = Yazılan kod doğru değil veya artık geçerli değil.
    .todo = Rakamları kontrol edin veya yeni bir kod isteyip hemen yazın.

concept-adresse-electronique-deja-utilisee = e-posta adresi zaten kullanılıyor
    .explain = Bu e-posta adresiyle zaten bir hesap var; sizin ya da size yardım eden birinin oluşturduğu bir hesap olabilir.
    .todo = Giriş yapmayı deneyin veya «Mot de passe oublié» seçeneğine tıklayın. Bu hesap sizin değilse idareyle iletişime geçin.

concept-mot-de-passe-trop-faible = şifre çok zayıf
    .explain = Şifreniz sitenin kurallarına uymuyor: uzunluk, büyük harf, rakam, özel karakter.
    .todo = Alanın altındaki kuralları okuyun ve istenen tüm karakter türlerini içeren daha uzun bir şifre seçin.

concept-mots-de-passe-differents = şifreler eşleşmiyor
    .explain = Yazılan iki şifre tam olarak aynı değil.
    .todo = Aynı şifreyi iki alana da yeniden yazın. Afficher (göster) düğmesi kontrol etmenize yardım eder.

concept-demande-deja-en-cours = zaten devam eden bir başvuru var
    .explain = Site sizin için aynı türde bir başvurunun zaten var olduğunu görüyor. İkinci bir başvuru yapamazsınız.
    .todo = Mevcut başvuruyu takip etmek için hesabınıza bakın. Bir hataysa ekran görüntüsüyle idareye yazın.

concept-dossier-cloture = dosya kapatıldı
    .explain = İdare dosyanızı kapattı. Bu bir hata olabilir veya eksik bir belgeden kaynaklanabilir.
    .todo = Bir ekran görüntüsü saklayın ve nedenini sormak için hemen idareye yazın. Cevap gecikirse bir dernek, Défenseur des droits veya bir avukatla iletişime geçin.

concept-navigateur-non-compatible = tarayıcı uyumlu değil
    .explain = Site, internete girmek için kullandığınız programla iyi çalışmıyor.
    .todo = Tarayıcınızı güncelleyin veya Firefox ya da Chrome gibi başka bir tarayıcıyla deneyin.

concept-echec-du-paiement = ödeme başarısız
    .explain = Para ödenemedi, örneğin bir timbre fiscal (vergi pulu) için. Kartınızdan para çekilmemiş olabilir.
    .todo = Yeniden ödemeden önce banka hesabınızı kontrol edin. Ekran görüntülerini ve ödeme e-postalarını saklayın.

## Logement

concept-logement = konut
    .explain = Konut, oturduğunuz yerdir. Portal kiracı mı, ev sahibi mi, başkasının yanında mı kaldığınızı yoksa konutsuz mu olduğunuzu sorar.

concept-locataire = kiracı
    .explain = Kiracı, başka bir kişiye veya kuruma ait bir konutta oturmak için kira öder.

concept-bailleur = ev sahibi (kiraya veren)
    .explain = Bailleur, size konutu kiraya veren kişi veya kurumdur. Bailleur social, sosyal konutları yönetir.

concept-proprietaire = sahip (mal sahibi)
    .explain = Mal sahibi, bir şeyin ait olduğu kişidir, örneğin bir konut. Kendi konutunuzun sahibiyseniz, konut sizindir.

concept-loyer = kira
    .explain = Kira, konutta oturmak için her ay ev sahibine ödenen paradır.

concept-charges-locatives = kira giderleri (aidat)
    .explain = Giderler, su veya temizlik gibi bina hizmetlerini karşılar. Çoğu zaman kiraya eklenir.

concept-quittance-de-loyer = kira makbuzu
    .explain = Kira makbuzu, ev sahibinin kirayı ödediğinizi kanıtlayan belgesidir. İkamet belgesi olarak kullanılır.

concept-bail = kira sözleşmesi
    .explain = Kira sözleşmesi, kiracı ile ev sahibi arasındaki sözleşmedir. Kirayı, süreyi ve kuralları belirtir.

concept-etat-des-lieux = konut durum tespiti (état des lieux)
    .explain = État des lieux, konutun girişteki ve çıkıştaki durumunu anlatır. İmzalamadan önce iyice kontrol edin.

concept-depot-de-garantie = depozito
    .explain = Konuta girerken ev sahibine ödenen bir tutardır. Ayrılırken, gerekçeli onarımlar düşülerek size geri verilir.

concept-garant = kefil
    .explain = Kefil, siz ödeyemezseniz kirayı ödemeyi taahhüt eder. Visale, kefilin yerini alabilecek ücretsiz bir güvencedir. Visale kiranızı öderse, daha sonra bu parayı geri ödemeniz gerekir.

concept-assurance-habitation = konut sigortası
    .explain = Kiracı, konutunu yangın veya su hasarı gibi zararlara karşı sigortalatmak zorundadır. Ev sahibi her yıl sigorta belgesini ister.

concept-logement-social = sosyal konut (HLM)
    .explain = Sosyal konutun kirası daha düşüktür ve geliri mütevazı kişiler içindir. Bir komisyon kiracıları seçer.

concept-demande-de-logement-social = sosyal konut başvurusu
    .explain = Sosyal konut başvurunuzdan sonra bir tek numara (numéro unique) alırsınız. Başvuruyu her yıl yenileyin, yoksa iptal edilir.
    .where = Tek numara, başvuru kayıt belgesinde yazar.

concept-dalo = DALO (talep edilebilir konut hakkı)
    .explain = DALO, çok uzun süredir sosyal konut bekliyorsanız veya kötü koşullarda yaşıyorsanız bir komisyona başvurmanızı sağlar. Komisyon başvurunuzu öncelikli kabul ederse, devlet size bir konut önermek zorundadır. Yine de bu zaman alabilir.

concept-expulsion = tahliye
    .explain = Tahliye, bir hâkim kararından sonra kiracıyı konutu terk etmeye zorlar. Genellikle 1 Kasım ile 31 Mart arasında yasaktır.
    .todo = Hemen bir sosyal hizmet görevlisi, ADIL veya bir dernekle iletişime geçin. Hâkimden gelen tüm mektuplara cevap verin.

concept-hebergement-d-urgence = acil barınma
    .explain = Sokakta kaldıysanız 115'i arayın, ücretsizdir, gece gündüz. Size uyuyacak bir yer arar.

## Scolarité

concept-parcoursup = Parcoursup (liseden sonra yükseköğretime başvuru sitesi)
    .explain = Parcoursup, bac'tan (lise bitirme sınavı) sonra yükseköğretimde yer istemek için kullanılan sitedir. Takvimi katıdır.

concept-inscription-scolaire = okul kaydı
    .explain = Fransa'da okul, belgesi olmasa bile 3 ila 16 yaş arasındaki tüm çocuklar için zorunludur. İlkokul için kayıt belediyede yapılır.

concept-bourse = burs
    .explain = Burs, ailenin gelirine göre verilen bir eğitim para yardımıdır.

concept-crous = Crous (öğrenci hizmetleri kurumu)
    .explain = Crous öğrencilere yardım eder: burslar, yurtlar, üniversite yemekhaneleri.

concept-certificat-de-scolarite = öğrenci belgesi
    .explain = Bu belge, bir öğrencinin okula kayıtlı olduğunu kanıtlar. CAF veya préfecture bunu isteyebilir.
    .where = Okulun sekreterliğinden isteyin veya okulun çevrimiçi alanından indirin.

concept-ine = INE (ulusal öğrenci numarası)
    .explain = INE, bir öğrencinin 11 karakterlik kişisel numarasıdır. Parcoursup ve üniversite bunu ister.
    .where = Karnelerde veya bac not belgesinde.

concept-diplome = diploma
    .explain = Diploma, bir eğitimi başarıyla bitirdiğinizi kanıtlar. Form en yüksek diplomanızı sorabilir.

concept-reconnaissance-de-diplome = diploma denkliği
    .explain = Yabancı bir diploma, hangi Fransız düzeyine karşılık geldiğini söyleyen bir belge alabilir. Bu, iş veya eğitim için yardımcı olur.

concept-cours-de-francais = Fransızca dersleri
    .explain = Fransızca dersleri dili öğrenmenize yardım eder. Cumhuriyete uyum sözleşmesi (CIR) ile OFII bu dersleri ödeyebilir.
