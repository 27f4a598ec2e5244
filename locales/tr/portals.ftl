### Relais — translation memory, Turkish (tr): the same ids, order and groups as locales/fr/portals.ftl.
### Each value is a full translation of the French portal string (the portal's own English, en/portals.ftl,
### used only as a help). Variables ({ $n }, { $date }, { $email }…) are kept; a number that counts
### a noun takes this language's plural forms. French names of buttons and pages the person must find
### on screen are given in French in quotes.
### Machine-drafted by an AI model (Claude), December 2026. Not reviewed by a native speaker.


## ds: components account_dropdown_component

tm-passer-en-super-admin = Süper yönetici moduna geç
tm-passer-en-usager = Kullanıcı moduna geç
tm-passer-en-instructeur = İnceleme görevlisi (instructeur) moduna geç
tm-passer-en-expert = Uzman moduna geç
tm-passer-en-gestionnaire = Yönetici grubu sorumlusu moduna geç
tm-se-deconnecter = Çıkış yap

## ds: components attachment

tm-reessayer = Tekrar dene
tm-supprimer-le-fichier = { $file } dosyasını sil
tm-plusieurs-fichiers-possibles = Birden fazla dosya eklenebilir.
tm-remplacer-le-fichier = { $file } dosyasını değiştir
tm-le-format-pdf-est-generalement-le = .PDF biçimi genellikle en kullanışlı olanıdır, çünkü tüm cihazlarda kolayca okunabilir.
tm-virus-detecte-merci-denvoyer-un-autre = Virüs tespit edildi, lütfen başka bir dosya gönderin.
tm-le-fichier-est-corrompu-merci-denvoyer = Dosya bozuk, lütfen başka bir dosya gönderin.
tm-ajoutee-le = { $date } tarihinde eklendi
tm-modifiee-le = { $date } tarihinde değiştirildi
tm-le-traitement-de-votre-piece-jointe = Ekinizin işlenmesi beklenenden uzun sürüyor.
tm-le-traitement-de-vos-pieces-jointes = Eklerinizin işlenmesi beklenenden uzun sürüyor.
tm-cela-ne-vous-empeche-pas-de = Bu durum, dilerseniz dosyanızı teslim etmenize engel değildir.
tm-chargement-de-fichier = Dosya yükleniyor
tm-virus-detecte-le-telechargement-est = Virüs tespit edildi, indirme engellendi.
tm-apercu-non-disponible = Önizleme kullanılamıyor

## ds: components autosave_notice_component

tm-formulaire-en-erreur = Formda hata var

## ds: components dossiers

tm-adresse = Adres
tm-pays = Ülke
tm-autres-informations-sur-lorganisme-sur = ➡ Kurum hakkında “annuaire-entreprises.data.gouv.fr” sitesinde diğer bilgiler
tm-brouillon-enregistre-avec-succes = Taslak başarıyla kaydedildi
tm-attention-impossible-denregistrer-le = Dikkat: Taslak kaydedilemedi.
tm-vos-modifications-sont-automatiquement = Değişiklikleriniz otomatik olarak kaydedilir.
tm-deposez-les-quand-vous-aurez-termine = Bitirdiğinizde bunları teslim edin.
tm-modifications-enregistrees-avec-succes = Değişiklikler başarıyla kaydedildi
tm-annotations-enregistrees-avec-succes = Notlar başarıyla kaydedildi
tm-attention-impossible-denregistrer-les = Dikkat: Notlar kaydedilemedi.
tm-commune = Belde (commune)
tm-les-dossiers-ont-ete-supprimes-vous = Dosyalar silindi. Aşağıdaki nedenlerle artık bunları geri getiremezsiniz:
tm-vous-avez-supprime-votre-dossier = Dosyanızı sildiniz.
tm-deposer-le-dossier = Dosyayı teslim et
tm-deposer-les-modifications = Değişiklikleri teslim et
tm-pourquoi-je-ne-peux-pas-deposer = Dosyamı neden teslim edemiyorum?
tm-verifier-le-dossier = Dosyayı kontrol et
tm-envoi-en-cours = Gönderiliyor…
tm-en-tant-quinvite-vous-pouvez-remplir = Davetli olarak bu formu doldurabilirsiniz, ancak dosyayı dosya sahibinin kendisi teslim etmelidir.
tm-des-modifications-nont-pas-encore-ete = Bazı değişiklikler henüz teslim edilmedi
tm-vous-avez-apporte-des-modifications = Dosyanızı teslim ettikten sonra değişiklik yaptınız. İdarenin bunları dikkate alması için değişiklikleri teslim edin.
tm-continuer-a-modifier = Değiştirmeye devam et
tm-votre-dossier-contient-1-champ-en = Dosyanızda 1 hatalı alan var
tm-votre-dossier-contient-champs-en-erreur = Dosyanızda { $n } hatalı alan var
tm-corrigez-la-pour-poursuivre = Devam etmek için hatayı düzeltin:
tm-corrigez-les-pour-poursuivre = Devam etmek için hataları düzeltin:
tm-plus-dinformations = Daha fazla bilgi
tm-moins-dinformations = Daha az bilgi
tm-votre-identite = Kimlik bilgileriniz
tm-vous-agissez-en-tant-que-mandataire = Vekil (mandataire) olarak hareket ediyorsunuz, ya mesleki olarak (mali müşavir, avukat, kamu görevlisi gibi…) ya da kişisel olarak (aile). Şu koşullara uyduğunuzdan emin olun:
tm-articles-1984-et-suivants-du-code = Medeni Kanun’un 1984 ve devamı maddeleri.
tm-identite-du-beneficiaire = Yararlanıcının kimlik bilgileri
tm-vous-ne-pouvez-pas-deposer-votre = Dosyanızı teslim edemezsiniz
tm-repondre = Yanıtla
tm-invite = Davetli
tm-supprimer-le-message = Mesajı sil
tm-supprimer-la-demande-de-correction-et = Düzeltme talebini ve bu mesajı sil
tm-supprimer-le-message-en-attente-de = Yanıt bekleyen mesajı sil
tm-etes-vous-sur-de-vouloir-supprimer = Bu mesajı silmek istediğinizden emin misiniz?
tm-email-automatique = Otomatik e-posta
tm-vous = Siz
tm-message-supprime = Mesaj silindi
tm-non-lu = Okunmadı
tm-usager = Kullanıcı
tm-vous-devez-effectuer-les-modifications = İstenen değişiklikleri dosyanızı düzenleyerek yapmalısınız.
tm-modifier-le-dossier = Dosyayı düzenle
tm-cree-depuis-le = Şu tarihten beri oluşturulmuş
tm-depose-depuis-le = Şu tarihten beri teslim edilmiş
tm-appliquer-les-filtres = Filtreleri uygula
tm-reinitialiser-les-filtres = Filtreleri sıfırla
tm-selectionner-un-filtre = Bir filtre seçin
tm-1-filtre-actif = 1 etkin filtre
tm-filtres-actifs = { $n } etkin filtre
tm-supprimer-1-filtre-actif = 1 etkin filtreyi kaldır
tm-selectionner-un-statut = Bir durum seçin
tm-afficher-les-dossiers-par-demarche = Dosyaları işleme göre göster
tm-afficher = Göster

## ds: components dsfr

tm-telecharger-le-fichier = Dosyayı indir
tm-ce-lien-est-ephemere-et-ne = Bu bağlantı geçicidir ve paylaşılmamalıdır.
tm-afficher-le-mot-de-passe = Şifreyi göster
tm-afficher-la-confirmation-du-mot-de = Şifre onayını göster
tm-ladresse-electronique-semble-erronee = E-posta adresi hatalı görünüyor
tm-vouliez-vous-ecrire = Şunu mu yazmak istediniz:
tm-recherche-en-cours-pour-le-siret = { $value } SIRET numarası için arama yapılıyor…
tm-au-capital-social-de = { $name } { $forme_juridique }, sermayesi { $amount }
tm-donnee-remplie-automatiquement = Bilgi otomatik olarak dolduruldu.
tm-une-erreur-est-survenue-lors-de = Belgeniz incelenirken bir hata oluştu. Dosyanızdan eminseniz bu mesajı dikkate almayın.
tm-masquer-le-message = Mesajı gizle

## ds: components editable_champ

tm-numero-et-nom-de-voie-ou = Kapı numarası ve cadde/sokak adı ya da mevki
tm-une-erreur-est-survenue-lors-de-2 = Arama sırasında bir hata oluştu
tm-une-erreur-est-survenue-lors-de-3 = Arama sırasında bir hata oluştu. Sorun devam ederse “Adresimi önerilerde bulamıyorum” (“Je ne trouve pas mon adresse dans les suggestions”) seçeneğini işaretleyip devam edin.
tm-ville = Şehir
tm-exemple-london = Örnek: London
tm-ville-ou-commune = Şehir veya belde
tm-renseignez-le-nom-ou-le-code = Şehrin adını veya posta kodunu yazın, ardından listeden beldeyi seçin. Örnek: Strasbourg
tm-code-postal = Posta kodu
tm-je-ne-trouve-pas-mon-adresse = Adresimi önerilerde bulamıyorum
tm-saisissez-une-adresse-une-voie-un = Bir adres, cadde/sokak, mevki veya belde yazın. Örnek: 11 rue Réaumur, Paris
tm-centrer-la-carte-en-recherchant-une = Bir adres arayarak haritayı ortala
tm-commencez-a-saisir = Yazmaya başlayın
tm-ajouter-un-point-sur-la-carte = Haritaya bir nokta ekle
tm-exemple = Örnek:
tm-afficher-votre-position-sur-la-carte = Konumunuzu haritada göster
tm-ajouter-le-point-avec-les-coordonnees = Girilen koordinatlarla noktayı haritaya ekle
tm-ajouter-un-fichier-gpx-ou-kml = GPX veya KML dosyası ekle
tm-supprimer-le-fichier-2 = Dosyayı sil
tm-modification-a-deposer = teslim edilecek değişiklik
tm-information-champ-actualise-par = Bilgi: alan idare tarafından güncellendi. İçeriğini kontrol edin.
tm-la-taille-maximale-conseillee-est-de = Önerilen en fazla uzunluk { $n } karakterdir.
tm-le-numero-dallocataire-caf = CAF yardım alan numarası
tm-il-est-generalement-compose-de-7 = Genellikle 7 rakamdan oluşur.
tm-le-code-postal = Posta kodu
tm-il-est-generalement-compose-de-5 = Genellikle 5 rakamdan oluşur.
tm-numero-daccreditation = Akreditasyon numarası
tm-format-jj-mm-aaaa = Biçim: GG/AA/YYYY
tm-le-numero-fiscal = Vergi numarası
tm-il-est-generalement-compose-de-13 = Genellikle 13 veya 14 karakterden oluşur.
tm-la-reference-davis-dimposition = Vergi bildirimi referans numarası (référence d’avis d’imposition)
tm-elle-est-generalement-composee-de-13 = Genellikle 13 veya 14 karakterden oluşur.
tm-identifiant-national-etudiant-il-est = Ulusal Öğrenci Kimlik Numarası. Genellikle harf ve rakamlardan oluşur.
tm-identifiant = Tanımlayıcı (identifiant)
tm-il-est-generalement-compose-de = Genellikle harf ve rakamlardan oluşur.
tm-ajouter-un-element-supplementaire-a = “{ $name }” öğesine bir öğe daha ekle
tm-supprimer = { $name } { $n } öğesini sil
tm-aucune-fondation-trouvee = Vakıf bulunamadı
tm-ce-rnf-correspond-a = Bu RNF şuna karşılık geliyor: { $name }, { $address }
tm-il-vous-reste-caracteres = { $n } karakter hakkınız kaldı.
tm-vous-avez-atteint-la-taille-maximale = Önerilen en fazla uzunluğa ulaştınız.
tm-oui = Evet

## ds: components expandable_error_list

tm-afficher-toutes-les-erreurs = Tüm hataları göster

## ds: components password_complexity_component

tm-mot-de-passe-acceptable-vous-pouvez = Şifre kabul edilebilir. Onaylayabilirsiniz… ya da şifrenizi güçlendirebilirsiniz.
tm-mot-de-passe-vulnerable = Zayıf şifre.
tm-mot-de-passe-tres-vulnerable = Çok zayıf şifre.
tm-pour-un-mot-de-passe-securise = Güvenli bir şifre için art arda gelen karakterlerden veya aynı karakterin tekrarından kaçının. Örneğin kolayca hatırlayacağınız bir cümle (boşluklu) seçebilirsiniz.

## ds: components switch_domain_banner_component

tm-suivez-ce-lien-pour-vous-connecter = Yeni adrese giriş yapmak için bu bağlantıyı izleyin.
tm-nous-avons-detecte-une-erreur-reseau = Sizi oraya yönlendirmemizi engelleyen bir ağ hatası tespit ettik. demarche.numerique.gouv.fr adresine erişime izin vermesi için bilgi işlem biriminize başvurun.

## ds: errors

tm-nest-pas-dun-type-accepte = kabul edilen bir türde değil
tm-est-trop-lourd-e-le-fichier = çok büyük. Dosya en fazla { $amount } olmalıdır.

## ds: devise

tm-demander-un-nouveau-mot-de-passe = Yeni şifre iste
tm-vous-etes-connecte-e-vous-pouvez = Giriş yaptınız! İstediğiniz zaman farklı profilleriniz arasında geçiş yapabilirsiniz: { $roles }.
tm-vous-etes-maintenant-deconnecte-e = Çıkış yaptınız.

## ds: users

tm-votre-compte-a-deja-ete-active = Hesabınız zaten etkinleştirildi.

## ds: insee_down

tm-linsee-est-indisponible-les-informations = INSEE kullanılamıyor, işletmeyle ilgili bilgiler birkaç saat içinde gelecek.

## ds: invisible_captcha

tm-si-vous-etes-un-humain-laissez = İnsansanız bu alanı boş bırakın

## ds: clipboard

tm-copie = Kopyalandı

## ds: help_dropdown

tm-trouvez-votre-reponse-dans-la = Yanıtınızı şurada bulun:
tm-contact-technique = Teknik iletişim
tm-envoyez-nous-un-message-a = Bize { $email } adresinden mesaj gönderin.
tm-besoin-daide-pour-remplir-votre-dossier = Dosyanızı doldurmak için yardıma mı ihtiyacınız var?

## ds: utils

tm-nombre-a-virgule = Ondalık sayı
tm-nombre-entier = Tam sayı
tm-liste-a-choix-multiple = Çoktan seçmeli liste
tm-deconnexion = Çıkış
tm-pieces-jointes = Ekler
tm-les-champs-suivis-dun-asterisque = Yıldız işaretli ( zorunlu ) alanların doldurulması zorunludur.
tm-facultatif = (isteğe bağlı)
tm-envoyer-le-message = Mesajı gönder
tm-nouvel-onglet = Yeni sekme

## ds: skiplinks

tm-acces-rapide = Hızlı erişim
tm-contenu = İçerik

## ds: combo_search_component

tm-quand-les-resultats-de-lautocomplete = Otomatik tamamlama sonuçları çıktığında, sonuç listesinde gezinmek için yukarı ve aşağı ok tuşlarını kullanın. Bir sonucu seçmek için Enter tuşuna basın. Sonuç listesini kapatmak için Esc tuşuna basın.
tm-aucun-resultat = Sonuç yok
tm-1-resultat = 1 sonuç
tm-resultats = sonuç

## ds: layouts

tm-un-outil-simple-pour-gerer-les = Dijital idari formları yönetmek için basit bir araç.
tm-mon-compte = Hesabım
tm-revenir-en-arriere = Geri dön
tm-revenir-en-arriere-sur-le-site = Geri dön, idaremin sitesine
tm-menu-principal = Ana menü
tm-mes-dossiers = Dosyalarım
tm-consulter-mon-dossier = Dosyamı görüntüle
tm-jai-une-question = Bir sorum var
tm-aller-a-la-page-daccueil = Ana sayfaya git

## ds: views

tm-creation-de-compte-sur = { $name } sitesinde hesap oluşturma
tm-se-creer-un-compte-avec-une = E-posta adresiyle hesap oluştur
tm-adresse-electronique = E-posta adresi
tm-mot-de-passe-caracteres-minimum = Şifre (en az { $n } karakter)
tm-avant-deffectuer-votre-demarche-nous = İşleminizi yapmadan önce { $email } e-posta adresinizi doğrulamamız gerekiyor.
tm-ouvrez-votre-boite-email-et-cliquez = E-posta kutunuzu açın ve aldığınız mesajdaki etkinleştirme bağlantısına tıklayın.
tm-renvoyer-un-email-de-confirmation = Onay e-postasını yeniden gönder
tm-lautorisation-de-vient-detre-revoquee = { $email } için verilen izin az önce geri alındı. Başka bir kişiyi davet edebilirsiniz.
tm-vous-ne-pouvez-pas-revoquer-cette = Bu izni geri alamazsınız
tm-inviter-une-personne-a-modifier-ce = Bir kişiyi bu dosyayı düzenlemeye davet et
tm-gestion-des-invites = Davetlileri yönet
tm-les-invites-ont-le-droit-de = Davetliler dosyanızı görme ve düzenleme hakkına sahiptir.
tm-ajouter-un-invite = Davetli ekle
tm-envoyer-une-invitation = Davet gönder
tm-revoquer-lacces = Erişimi geri al
tm-aucun-invite-ne-peut-voir-et = Şu anda hiçbir davetli bu dosyayı göremez ve düzenleyemez.
tm-1-personne-invitee = 1 davetli kişi
tm-personnes-invitees = { $n } davetli kişi
tm-une-fois-le-dossier-complet-vous = Dosya tamamlandığında onu kendiniz teslim etmeniz gerekecek.
tm-dernier = Son
tm-precedent = Önceki
tm-premier = İlk
tm-lusager-a-supprime-son-compte = (kullanıcı hesabını sildi)
tm-cordialement = Saygılarımızla,
tm-modifie-par-lusager-le = Kullanıcı tarafından { $date } tarihinde değiştirildi
tm-passe-en-instruction-le = { $date } tarihinde incelemeye alındı
tm-accepte-le = { $date } tarihinde kabul edildi
tm-classe-sans-suite-le = { $date } tarihinde işlem yapılmadan kapatıldı
tm-telecharger-lattestation = Belgeyi indir
tm-votre-dossier-est-enregistre = Dosyanız her değişiklikten sonra otomatik olarak kaydedilir. Pencereyi istediğiniz zaman kapatıp daha sonra kaldığınız yerden devam edebilirsiniz.
tm-envoyer-et-marquer-le-dossier = Gönder ve dosyayı işaretle
tm-en-attente-de-reponse = YANIT BEKLENİYOR
tm-votre-message-obligatoire = Mesajınız (zorunlu)
tm-ecrivez-votre-message-a-l-administration = İdareye mesajınızı buraya yazın
tm-identite-du-demandeur = Başvuru sahibinin kimlik bilgileri
tm-identite-du-mandataire = Vekilin kimlik bilgileri
tm-sections-du-formulaire = Formun bölümleri
tm-modifier-le-siret = SIRET numarasını değiştir
tm-lusager-a-pris-connaissance-de-la = Kullanıcı, dosyasıyla ilgili kararı { $agreement } tarihinde öğrendi.
tm-identifier-votre-etablissement = İşyerinizi belirtin
tm-civilite = Hitap şekli
tm-nom = Soyadı
tm-renseignez-le-numero-de-siret-de = İşleme başlamak için şirketinizin, kurumunuzun veya derneğinizin SIRET numarasını girin.
tm-pour-trouver-votre-numero-siret-utilisez = SIRET numaranızı bulmak için { $annuaire_link } kullanın veya muhasebe biriminize sorun.
tm-continuer = Devam et
tm-merci = Teşekkürler!
tm-votre-dossier-sur-la-demarche = Şu işlem için dosyanız:
tm-a-bien-ete-envoye = başarıyla gönderildi.
tm-vous-avez-desormais-acces-a-votre = Artık şuna erişiminiz var:
tm-dossier-en-ligne = çevrimiçi dosyanız.
tm-vous-pouvez = Şunları yapabilirsiniz:
tm-le-modifier = dosyayı düzenlemek
tm-et = ve
tm-echanger-avec-un-instructeur = bir inceleme görevlisiyle yazışmak.
tm-telecharger-mon-dossier = Dosyamı indir
tm-telecharger-mon-attestation = Belgemi indir
tm-suivi-de-votre-dossier = Dosyanızın takibi
tm-votre-dossier = Dosyanız
tm-dossier-n = Dosya no { $n }
tm-en-brouillon-depuis-le = - { $date } tarihinden beri taslak
tm-dossier-pdf = dossier-{ $n }.pdf (dosyanın PDF’si)
tm-brouillon = taslak
tm-votre-dossier-est-en-cours-dinstruction = Dosyanız idare tarafından inceleniyor. Artık onu değiştiremezsiniz.
tm-votre-dossier-est-soumis-au-cadre = Dosyanız “Silence Vaut Accord” (sessizlik kabul anlamına gelir) yasal çerçevesine tabidir
tm-votre-dossier-est-soumis-au-cadre-2 = Dosyanız “Silence Vaut Rejet” (sessizlik ret anlamına gelir) yasal çerçevesine tabidir
tm-termine = tamamlandı
tm-vous-avez-une-question-utilisez-la = Bir sorunuz mu var? İdareyle doğrudan iletişim kurmak için mesaj kutusunu kullanın.
tm-motivation = Gerekçe:
tm-attestation = Belge:
tm-votre-dossier-a-ete-accepte = Dosyanız kabul edildi
tm-motif-de-lacceptation = Kabul gerekçesi
tm-votre-dossier-a-ete-refuse = Dosyanız reddedildi
tm-envoyer-un-message-a-ladministration = İdareye mesaj gönder
tm-dernier-message = Son mesaj
tm-votre-prochain-rendez-vous = Bir sonraki randevunuz
tm-voir-mon-rendez-vous-sur-rdv = Randevumu RDV Service Public’te gör
tm-modifier-le-dossier-vous-pouvez-modifier = Dosyayı düzenle - Dosyanız incelemeye alınmadığı sürece onu düzenleyebilirsiniz
tm-rechercher-un-dossier-par-n-de = Dosya ara (dosya numarası, anahtar kelimeler ile…)
tm-rechercher-un-dossier-par-n-de-2 = Dosya ara (dosya numarası, soyadı / ad, anahtar kelimeler ile…)
tm-saisissez-votre-recherche = Aramanızı yazın
tm-resultat-de-la-recherche-pour = “{ $search_terms }” için arama sonucu
tm-et-pour-la-procedure = ve “{ $name }” işlemi için
tm-dossier-numero = { $n } numaralı dosya
tm-ladministration-ne-traitera-plus-votre = İdare başvurunuzu artık işleme almayacak.
tm-dossier-n-2 = dosya no
tm-ne-correspond-aux-termes-recherches = arama terimlerine uymuyor
tm-ne-correspond-aux-filtres-selectionnes = seçilen filtrelere uymuyor
tm-cette-demarche-est-close-vous-ne = Bu işlem kapandı Bu dosyayı teslim edemezsiniz. Yerine geçen { $link } üzerinden yeni bir dosya teslim etmenizi rica ederiz.
tm-cette-demarche-est-close-vous-ne-2 = Bu işlem kapandı Bu dosyayı teslim edemezsiniz, bu işlem için yeni bir dosya da teslim edemezsiniz. { $link }
tm-cette-demarche-est-close-votre-dossier = Bu işlem kapandı Dosyanız teslim edildi ve idare tarafından incelenebilir. Gerekirse, yerine geçen { $link } üzerinden yeni bir dosya teslim edebilirsiniz.
tm-cette-demarche-est-close-votre-dossier-2 = Bu işlem kapandı Dosyanız teslim edildi ve idare tarafından incelenebilir. Bu işlem için yeni bir dosya teslim edemezsiniz. { $link }
tm-cette-demarche-est-close-votre-dossier-3 = Bu işlem kapandı Dosyanız idare tarafından sonuçlandırıldı. Gerekirse, yerine geçen { $link } üzerinden yeni bir dosya teslim edebilirsiniz.
tm-cette-demarche-est-close-votre-dossier-4 = Bu işlem kapandı Dosyanız idare tarafından sonuçlandırıldı. Bu işlem için yeni bir dosya teslim edemezsiniz. { $link }
tm-nouvelle-demarche-disponible = Yeni işlem mevcut
tm-cette-demarche = bu işlem
tm-ce-dossier-attend-vos-corrections = Bu dosya düzeltmelerinizi bekliyor Yapılması gereken değişiklikleri { $n } numaralı dosyanın mesaj kutusunda görün.
tm-ce-dossier-attend-votre-reponse = Bu dosya yanıtınızı bekliyor
tm-consultez-la-messagerie-du-dossier = { $n } numaralı dosyanın mesaj kutusuna bakın ve idareye yanıt verin.
tm-cree-le = { $date } tarihinde oluşturuldu
tm-mis-a-la-corbeille-automatiquement-le = En uzun saklama süresi dolduğu için { $date } tarihinde otomatik olarak çöp kutusuna taşındı
tm-commencer-un-nouveau-dossier = Yeni bir dosya başlat
tm-dupliquer-le-dossier = Dosyayı kopyala
tm-voulez-vous-vraiment-mettre-a-la = Bu dosyayı gerçekten çöp kutusuna taşımak istiyor musunuz?
tm-en-continuant-vous-allez-supprimer-ce = Devam ederseniz bu dosyayı, içindeki bilgileri ve { $email } adresine aktarma talebini sileceksiniz. Her silme işlemi, devam eden işlemin iptali anlamına gelir. Silme işlemini onaylıyor musunuz?
tm-continuer-a-remplir = Doldurmaya devam et
tm-restaurer = Geri yükle
tm-restaurer-et-etendre-la-conservation-du = { $id } numaralı dosyayı geri yükle ve saklama süresini uzat ({ $duree_conservation_dossiers_dans_ds } ay)
tm-autres-actions = Diğer işlemler
tm-le-support-technique = Teknik destek
tm-une-demande-de-transfert-est-en = { $n } numaralı dosya için { $email } adresine bir aktarma talebi sürüyor
tm-une-demande-de-transfert-par-le = { $n } numaralı dosya için teknik destek tarafından { $email } adresine bir aktarma talebi sürüyor
tm-demande-de-transfert-par-le-support = Teknik destek tarafından { $email } hesabındaki { $n } numaralı dosya için aktarma talebi
tm-accepter = Kabul et
tm-refuser = Reddet
tm-connexion-a = { $name } sitesine giriş
tm-mot-de-passe-oublie = Şifrenizi mi unuttunuz?
tm-trouvez-votre-demarche = İşleminizi bulun
tm-vous-etes-agent-de-la-fonction = Devlet memuru musunuz?
tm-accedez-a-notre-page-dediee = Size özel sayfamıza gidin
tm-se-connecter-avec-son-compte = Hesabınızla giriş yapın
tm-si-vous-voyez-cette-page-trop = Bu sayfayı çok sık görüyorsanız yardım sayfamıza bakın.
tm-changement-de-mot-de-passe = Şifre değişikliği
tm-changer-le-mot-de-passe = Şifreyi değiştir
tm-si-un-compte-existe-avec-ladresse = { $email } adresiyle bir hesap varsa, şifrenizi sıfırlamanız için size bir e-posta gönderdik.
tm-vous-navez-pas-recu-lemail = E-postayı almadınız mı?
tm-verifiez-la-boite-indesirables-ou-spam = E-posta kutunuzun İstenmeyen veya Spam klasörüne bakın.
tm-vous-etes-vous-connecte-avec-france = Daha önce France Connect ile giriş yaptınız mı? Öyleyse France Connect ile tekrar deneyin.
tm-le-compte-a-pu-etre-supprime = Uzun süre kullanılmayan ve devam eden dosyası olmayan hesap silinmiş olabilir. Bu durumda bir işlem üzerinden yeniden hesap oluşturmanız gerekecek.
tm-lien-de-reinitialisation-du-mot-de = Şifre sıfırlama bağlantısı gönderildi
tm-attention-ce-courriel-peut-mettre-jusqua = Dikkat, bu e-postanın gelmesi 15 dakikayı bulabilir.
tm-en-cas-de-difficultes-nous-restons = Sorun yaşarsanız bu form aracılığıyla bize ulaşmaya devam edebilirsiniz.

## ds: modal

tm-publier-la-demarche = İşlemi yayınla
tm-reactiver-la-demarche = İşlemi yeniden etkinleştir
tm-vous-vous-appretez-a-publier-votre = İşleminizi herkese açık olarak yayınlamak üzeresiniz.
tm-vous-vous-appretez-a-reactiver-votre = İşleminizi yeniden etkinleştirmek üzeresiniz.
tm-publier = Yayınla

## ds: activerecord

tm-la-nouvelle-adresse-electronique = Yeni e-posta adresi
tm-numero-siret = SIRET numarası
tm-la-demarche-est-mise-en-uvre = İşlemi yürüten kurum
tm-valeur-du-champ = Alanın değeri
tm-lobjet-genere-sera-tronque-sil-depasse = Oluşturulan konu 100 karakteri aşarsa kısaltılacak.
tm-est-invalide-saisissez-un-numero-de = geçersiz. Geçerli bir telefon numarası girin. Örnek: 0612345678
tm-nest-pas-un-lien-valide = geçerli bir bağlantı değil
tm-aucun-resultat-ne-correspond-a-votre = Aramanıza uyan sonuç yok.
tm-trop-de-demandes-nous-reessayons-pour = Çok fazla talep. Sizin için yeniden deniyoruz.
tm-erreur-du-serveur-nous-reessayons-pour = Sunucu hatası. Sizin için yeniden deniyoruz.
tm-service-indisponible-nous-reessayons = Hizmet kullanılamıyor. Sizin için yeniden deniyoruz.
tm-la-demande-a-pris-trop-de = Talep çok uzun sürdü. Sizin için yeniden deniyoruz.
tm-probleme-de-connexion-nous-reessayons = Bağlantı sorunu. Sizin için yeniden deniyoruz.
tm-resultat-introuvable-verifiez-vos = Sonuç bulunamadı. Bilgilerinizi kontrol edin.
tm-non-autorise-connectez-vous-pour = Yetkisiz. Devam etmek için giriş yapın.
tm-invitation-deja-envoyee = : Davet zaten gönderildi
tm-votre-lien-de-nouveau-mot-de = : Yeni şifre bağlantınızın süresi doldu. Lütfen yeni bir bağlantı isteyin.
tm-nest-pas-assez-complexe-saisir-un = yeterince karmaşık değil. Daha karmaşık bir şifre girin
tm-les-deux-mots-de-passe-ne = : İki şifre birbiriyle eşleşmiyor
tm-ne-peut-etre-identique-a-lancienne = eskisiyle aynı olamaz. Başka bir e-posta adresi girin
tm-est-deja-utilise-par-une-demarche = zaten bir işlem tarafından kullanılıyor. Başka bir yöneticiye ait olduğu için onu kullanamazsınız.
tm-nest-pas-valide-il-doit-comporter = geçerli değil. En az 3, en fazla 200 karakterden oluşmalı ve yalnızca a-z, 0-9, '_' ve '-' karakterlerine izin verilir.
tm-ne-peut-pas-etre-utilise-car = işlemin son bağlantısı olduğu için kullanılamaz.
tm-doit-posseder-13-ou-14-caracteres = 13 veya 14 karakterden oluşmalıdır
tm-doit-etre-dans-les-options-proposees = önerilen seçeneklerden biri olmalıdır
tm-doit-etre-un-nom-de-region = geçerli bir bölge adı olmalıdır
tm-doit-etre-un-code-de-region = geçerli bir bölge kodu olmalıdır
tm-doit-etre-un-nom-de-departement = geçerli bir département adı olmalıdır
tm-doit-etre-un-code-de-departement = geçerli bir département kodu olmalıdır
tm-doit-etre-un-code-depci-du = ilgili département’a ait bir EPCI kodu olmalıdır
tm-doit-etre-un-nom-depci-du = ilgili département’a ait bir EPCI adı olmalıdır
tm-doit-etre-un-entier = tam sayı olmalıdır

## ds: errors

tm-le-champ = “{ $attribute }” alanı { $message }
tm-le-dossier-nexiste-pas-ou-vous = Dosya mevcut değil veya ona erişiminiz yok.
tm-ce-lien-dinvitation-nest-plus-valable = Bu davet bağlantısı artık geçerli değil veya dosyaya artık erişilemiyor.
tm-une-erreur-est-survenue-lors-de-4 = FranceConnect ile bağlantı kurulurken bir hata oluştu. Lütfen tekrar deneyin.
tm-seul-e-s-les-usagers-peuvent = France Connect ile yalnızca kullanıcılar giriş yapabilir. İnceleme görevlisi veya yöneticiyseniz şifrenizi sıfırlamanızı rica ederiz.
tm-desole-la-recuperation-des-informations = Üzgünüz, SIRET bilgileri geçici olarak alınamıyor. Lütfen birkaç dakika sonra tekrar deneyin.
tm-nous-navons-pas-trouve-detablissement = Bu SIRET numarasına karşılık gelen bir işyeri bulamadık.
tm-lexpression-reguliere-que-vous-avez = Girdiğiniz düzenli ifade tehlikeli olabilir ve performans sorunlarına yol açabilir
tm-lexemple-doit-correspondre-a-lexpression = Örnek, verilen düzenli ifadeye uymalıdır
tm-doit-etre-un-nombre-superieur-ou = { $n } veya daha büyük bir sayı olmalıdır
tm-doit-etre-un-nombre-inferieur-ou = { $n } veya daha küçük bir sayı olmalıdır
tm-doit-etre-une-date-dans-le = geçmişte bir tarih olmalıdır
tm-doit-etre-une-date-comprise-entre = { $start_date } ile { $end_date } arasında bir tarih olmalıdır
tm-doit-etre-une-date-superieure-ou = { $date } veya daha sonraki bir tarih olmalıdır
tm-doit-etre-une-date-inferieure-ou = { $date } veya daha önceki bir tarih olmalıdır
tm-doit-comprendre-entre-1-et-3 = noktadan sonra 1 ile 3 arasında rakam içermelidir
tm-doit-etre-une-date-correctement-formatee = doğru biçimde yazılmış bir tarih olmalıdır
tm-doit-etre-une-date-et-heure = doğru biçimde yazılmış bir tarih ve saat olmalıdır
tm-doit-etre-rempli = doldurulmalıdır
tm-votre-session-a-ete-renouvelee-merci = Oturumunuz yenilendi. Lütfen bu işlemi bu sayfadan yeniden yapın.

## ds: users

tm-ce-dossier-est-depose-sur-une = Bu dosya test aşamasındaki bir işleme teslim edildi. Yöneticinin işlemde yapacağı her değişiklik (alan ekleme, işlemi yayınlama...) dosyanın silinmesine yol açar.
tm-votre-dossier-ne-peut-plus-etre = Dosyanız artık değiştirilemez
tm-completez-lidentification-de = Devam etmek için işyerinin tanımlanmasını tamamlayın.
tm-votre-dossier-a-bien-ete-duplique = Dosyanız kopyalandı. Artık onu kontrol edebilir, uyarlayabilir ve sonra teslim edebilirsiniz.
tm-linstruction-de-votre-dossier-a-commence = Dosyanızın incelenmesi başladı, dosyanızı artık silemezsiniz. İncelemeyi iptal etmek istiyorsanız dosyanızın mesaj kutusu üzerinden idarenize başvurun.
tm-votre-dossier-a-bien-ete-mis = Dosyanız çöp kutusuna taşındı
tm-le-dossier-n-est-pas-correctement = Dosya doğru doldurulmamış.
tm-votre-dossier-a-bien-ete-restaure = Dosyanız geri yüklendi
tm-aucun-etablissement-nest-associe-a-ce = Bu dosyayla ilişkili bir işyeri yok
tm-identite-enregistree = Kimlik bilgileri kaydedildi
tm-attestation-de-depot = Başvuru teslim belgesi
tm-dossier-depose-le = Dosyanın teslim tarihi
tm-etat-du-dossier = Dosyanın durumu
tm-depose-en-attente-dexamen-par = teslim edildi, idarenin incelemesini bekliyor
tm-refuse = reddedildi
tm-classe-sans-suite = işlem yapılmadan kapatıldı
tm-service-administratif = İdari birim
tm-fait-le = { $date } tarihinde düzenlendi,
tm-obtenir-une-attestation-de-depot-de = Dosya teslim belgesi al
tm-dossier-n-en-corbeille = { $n } numaralı dosya - Çöp kutusunda
tm-vous-pouvez-retrouver-ce-dossier-depuis = Bu dosyayı hesabınızın çöp kutusu sekmesinde bulabilirsiniz. Şu anda görüntülenemez.
tm-ce-dossier-a-ete-mis-a = Bu dosya isteğiniz üzerine çöp kutusuna taşındı: Onu hâlâ geri yükleyebilirsiniz.
tm-si-ce-dossier-a-ete-mis = Bu dosya isteğiniz üzerine çöp kutusuna taşındıysa: Onu hâlâ geri yükleyebilirsiniz.
tm-si-ce-dossier-a-ete-mis-2 = Bu dosya en uzun saklama süresi dolduğu için otomatik olarak çöp kutusuna taşındıysa: Kalıcı olarak silinmeden önce onu en kısa sürede indirmenizi öneririz.
tm-dossier-n-supprime-definitivement = { $n } numaralı dosya - Kalıcı olarak silindi
tm-vous-ne-pouvez-plus-recuperer-ce = Bu dosyayı aşağıdaki nedenlerden biri yüzünden artık geri getiremezsiniz:
tm-il-a-ete-mis-a-la = İsteğiniz üzerine çöp kutusuna taşındı, ardından otomatik olarak silindi.
tm-il-a-ete-supprime-car-son = En uzun saklama süresi dolduğu için silindi.
tm-vous-pouvez-retrouver-lensemble-des = Hesabınızdan silinen tüm dosyaları (taslaklar, “BROUILLON” hariç) “Silinen dosyaların geçmişi” (“Historique des dossiers supprimés”) sayfasında bulabilirsiniz.

## ds: france_connect

tm-votre-compte-franceconnect-utilise-comme = FranceConnect hesabınız iletişim e-postası olarak { $email } adresini kullanıyor.
tm-souhaitez-vous-lutiliser-pour-recevoir = Dosyalarınızın ilerleyişiyle ilgili bildirimleri almak için bu adresi kullanmak ister misiniz?
tm-valider = Onayla
tm-veuillez-nous-fournir-ladresse = Lütfen sizinle iletişim için kullanılacak e-posta adresini bize bildirin
tm-oui-utiliser-comme-adresse-electronique = Evet, iletişim e-posta adresi olarak { $email } adresini kullan
tm-non-utiliser-une-autre-adresse = Hayır, başka bir e-posta adresi kullan
tm-fusion-des-comptes-franceconnect-et = FranceConnect ve { $name } hesaplarının birleştirilmesi
tm-bonjour-votre-compte-franceconnect = Merhaba, FranceConnect hesabınız iletişim e-posta adresi olarak { $email } adresini kullanıyor. Oysa { $name } sitesinde bu e-posta adresiyle açılmış bir hesap var.
tm-pour-les-fusionner-entrez-votre-mot = Hesapları birleştirmek için şifrenizi girin
tm-fusionner-les-comptes = Hesapları birleştir
tm-utiliser-cette-adresse-electronique = Bu e-posta adresini kullan
tm-nous-venons-de-vous-envoyer-le = Size onay e-postasını gönderdik; hesaplarınızı birleştirmek için lütfen bu e-postadaki bağlantıya tıklayın
tm-le-lien-de-confirmation-a-expire = Onay bağlantısının süresi doldu. Size e-postayla yeni bir onay bağlantısı gönderildi.
tm-une-erreur-inattendue-est-survenue = Beklenmeyen bir hata oluştu. Sorun devam ederse lütfen destek ekibine başvurun.
tm-vous-avez-ete-deconnecte-de-votre = Önceki hesabınızdan çıkış yapıldı. Lütfen onay bağlantısına tekrar tıklayın.
tm-utilisateur-non-trouve = Kullanıcı bulunamadı
tm-les-comptes-franceconnect-et-sont-a = FranceConnect ve { $name } hesapları artık birleştirildi

## ds: notification_mailer

tm-vous-pouvez-telecharger-votre = Belgenizi şu adresten indirebilirsiniz: { $link }
tm-pour-obtenir-le-detail-de-cette = Kararda yapılan bu değişikliğin ayrıntıları için şu birime başvurabilirsiniz: { $name }.
tm-a-ete-refuse-le = { $date } tarihinde reddedildi
tm-le-motif-de-refus-est-le = Ret gerekçesi şudur:

## ds: shared

tm-vous-navez-pas-renseigne-le-siret = Bazı işlemleriniz için birimin SIRET numarasını girmediniz. Lütfen bunları düzeltin.
tm-certaines-de-vos-demarches-nont-pas = Bazı işlemlerinizin bağlı olduğu bir birim yok.
tm-ajouter-un-service-a-la-demarche = { $n } işlemine bir birim ekle
tm-temps-de-remplissage-estime-min-variable = Tahmini doldurma süresi: { $n } dk (seçilen seçeneklere göre değişir)
tm-quels-sont-les-delais-dinstruction-pour = Bu işlem için inceleme süreleri nedir?
tm-liste-des-pieces-en-fonction-de = Durumunuza göre belge listesi
tm-le-sva-ou-silence-vaut-accord = SVA, yani “Silence Vaut Accord” (sessizlik kabul anlamına gelir), idare yanıt vermediğinde bir başvurunun ne olacağını belirleyen yasal bir ilkedir: dosyanız eksiksizse, başvuru belli bir sürenin sonunda otomatik olarak kabul edilir.
tm-le-svr-ou-silence-vaut-rejet = SVR, yani “Silence Vaut Rejet” (sessizlik ret anlamına gelir), idare yanıt vermediğinde bir başvurunun ne olacağını belirleyen yasal bir ilkedir: dosyanız eksiksizse, başvuru belli bir sürenin sonunda otomatik olarak reddedilir.

## ds: layouts

tm-super-admin = süper yönetici

## ds: activerecord

tm-renseigner-un-numero-et-nom-de = Kapı numarası ve cadde/sokak adı ya da mevki girin
tm-renseigner-la-ville-ou-commune = Şehri veya beldeyi girin
tm-renseigner-un-code-postal = Bir posta kodu girin
tm-format-attendu-jj-mm-aaaa = İstenen biçim: GG/AA/YYYY.
tm-format-attendu-jj-mm-aaaa-hh = İstenen biçim: GG/AA/YYYY SS:DD.
tm-format-attendu-un-numero-de-dossier = İstenen biçim: { $name } sitesinde teslim edilmiş bir dosya numarası
tm-ne-doit-pas-contenir-de-caracteres = özel karakter içermemelidir
tm-doit-faire-au-moins-caracteres = en az { $n } karakter olmalıdır
tm-doit-faire-moins-de-caracteres = { $n } karakterden kısa olmalıdır
tm-est-invalide-saisissez-un-numero-iban = geçersiz. Geçerli bir IBAN numarası girin. Örnek (Fransa): FR76 1234 1234 1234 1234 1234 123
tm-exemple-france-fr76-1234-1234-1234 = Örnek (Fransa): FR76 1234 1234 1234 1234 1234 123
tm-vous-pouvez-selectionner-un-ou-plusieurs = Bir veya birden fazla seçenek seçebilirsiniz.

## ds: activemodel

tm-region-code-region = Bölge ve bölge kodu

## ds: activerecord

tm-format-attendu-un-numero-de-telephone = İstenen biçim: Geçerli bir telefon numarası. Örnek: 0612345678
tm-doit-commencer-par-un-w-majuscule = büyük harf W ile başlamalı ve ardından 9 rakam veya harf gelmelidir. Örnek: W503726238
tm-le-numero-rna-saisi-ne-correspond = girilen { $value } RNA numarası hiçbir kuruluşa karşılık gelmiyor, geçerli bir RNA numarası girin
tm-une-erreur-reseau-a-empeche-lassociation = bir ağ hatası, bu RNA numarasına bağlı derneğin bulunmasını engelledi, daha sonra tekrar deneyin
tm-numero-rna = RNA numarası
tm-nom-de-lassociation = Derneğin adı
tm-objet-de-lassociation = Derneğin amacı
tm-date-de-creation = Kuruluş tarihi
tm-date-de-publication = Yayın tarihi
tm-format-attendu-un-w-majuscule-suivi = İstenen biçim: Büyük harf W ve ardından 9 rakam veya harf. Örnek: W503726238
tm-rnf-aucune-fondation-trouvee = RNF { $rnf } (vakıf bulunamadı)
tm-numero-rnf = RNF numarası
tm-mise-a-jour-le = Güncellenme tarihi
tm-comporte-une-erreur-de-saisie-corrigez = bir yazım hatası içeriyor. Düzeltin.
tm-ne-correspond-pas-a-un-etablissement = mevcut bir işyerine karşılık gelmiyor
tm-dossier-supprime = Dosya silindi
tm-demande-de-lusager = Kullanıcının talebi
tm-suppression-dune-demarche = Bir işlemin silinmesi
tm-numero-de-dossier = Dosya numarası
tm-etat = Durum
tm-demande-de-correction = Düzeltme talebi
tm-pour-vous = Kendiniz için
tm-pour-un-beneficiaire-membre-de-la = Bir yararlanıcı için: aile üyesi, yakın, vekâlet veren, dosyanın takibinden sorumlu profesyonel…
tm-a-corriger = Düzeltilecek
tm-dossier-non-modifie = Dosya değiştirilmedi
tm-demande-de-correction-annulee = Düzeltme talebi iptal edildi
tm-reponse-donnee = Yanıt verildi
tm-le-dossier-nest-pas-valide-et = Dosya geçerli değil ve düzeltilmesi gerekiyor
tm-le-dossier-doit-etre-mis-a = Dosyanın güncellenmesi ve yeniden onaylanması gerekiyor
tm-depose-depuis-longtemps = Uzun zaman önce teslim edildi
tm-depose-depuis-j = { $days } gün önce teslim edildi
tm-expire-bientot = Süresi yakında doluyor
tm-expire-dans-j = Süresi { $days } gün içinde doluyor
tm-bientot-supprime = Yakında silinecek
tm-suppression-dans-j = { $days } gün içinde silinecek
tm-message = Mesaj
tm-annotation-privee = Özel not
tm-ladresse-electronique = E-posta adresi { $message }
tm-est-invalide = geçersiz
tm-parcelle-agricole = Tarım parseli
tm-selection-utilisateur = Kullanıcı seçimi
tm-ne-peut-pas-etre-vide = boş olamaz
tm-nest-pas-un-geojson-valide = geçerli bir GeoJSON değil
tm-contient-des-coordonnees-invalides = geçersiz koordinatlar içeriyor, lütfen WGS84 koordinat sistemini kullanın

## ds: geo_area

tm-parcelle-n-feuille-m2-commune = Parsel no { $n } - Pafta { $prefixe } { $section } - { $surface } m² – belde { $commune }
tm-parcelle-n-hectares = Parsel no { $n } - { $surface } hektar
tm-une-aire-de-surface-m2 = { $area } m² yüzölçümlü bir alan
tm-une-aire-de-surface-inconnue = Yüzölçümü bilinmeyen bir alan

## ds: activerecord

tm-doit-etre-different-de-celui-du = vekilinkinden farklı olmalıdır
tm-notifier-le-beneficiaire = Yararlanıcıyı bilgilendir:
tm-pas-de-notification = Bildirim yok
tm-votre-dossier-n-est-en-train = { $n } numaralı dosyanız yeniden inceleniyor ({ $name })

## ds: activemodel

tm-annee = Yıl
tm-depuis-le-debut = Başından beri
tm-en = ({ $year } yılında)
tm-nombre-de-demarches = İşlem sayısı
tm-nombre-de-demarches-publiees-ou-closes = Yayınlanan veya kapanan işlem sayısı { $add_on }

## ds: shared

tm-le-dossier-a-ete-depose-par = Dosya bir FranceConnect hesabı tarafından teslim edildi.
tm-le-dossier-a-ete-depose-par-2 = Dosya { $name } adlı kişinin hesabı tarafından teslim edildi.
tm-le-service-traitant-na-pas-ete = Dosyayı yürüten birim, başvurunuzu “Silence Vaut Rejet” (sessizlik ret anlamına gelir) kuralının öngördüğü süre içinde sonuçlandıramadı.
tm-expirera-le-mois-apres-le-depot = Süresi { $date } tarihinde dolacak (dosyanın tesliminden { $n } ay sonra)
tm-ce-dossier-est-en-instruction-il = Bu dosya inceleniyor, süresi dolmayacak
tm-expirera-le-mois-apres-le-traitement = Süresi { $date } tarihinde dolacak (dosyanın sonuçlandırılmasından { $n } ay sonra)
tm-expirera-le-mois-apres-le-traitement-2 = Süresi { $date } tarihinde dolacak (dosyanın sonuçlandırılmasından { $n } ay sonra)
tm-la-recuperation-automatique-des-donnees = { $numero_allocataire } numaralı ve { $code_postal } posta kodlu yardım alan kişi için veriler otomatik olarak alınıyor.
tm-des-donnees-concernant-liees-au-compte = CAF’tan { $numero_allocataire } numaralı ve { $code_postal } posta kodlu hesaba bağlı { $sources } ile ilgili veriler alındı.
tm-donnees-obtenues-de-la-caisse-nationale = Caisse nationale d’allocations familiales (ulusal aile yardımları kurumu) kaynaklı veriler
tm-la-recuperation-automatique-des-donnees-2 = { $numero_fiscal } numaralı ve { $reference_avis } bildirim referanslı beyan eden kişi için veriler otomatik olarak alınıyor.
tm-des-donnees-concernant-liees-au = DGFiP’ten { $numero_fiscal } numaralı ve { $reference_avis } bildirim referanslı beyan eden kişiye bağlı { $sources } ile ilgili veriler alındı.
tm-donnees-obtenues-de-la-direction = Direction générale des Finances publiques (vergi idaresi) kaynaklı veriler
tm-la-recuperation-automatique-des-donnees-3 = { $identifiant } tanımlayıcısı için veriler otomatik olarak alınıyor.
tm-des-donnees-concernant-liees-a = Pôle emploi’dan { $identifiant } tanımlayıcısına bağlı { $sources } ile ilgili veriler alındı.
tm-donnees-obtenues-de-pole-emploi = Pôle emploi kaynaklı veriler
tm-des-donnees-concernant-liees-a-line = MESRI’den { $ine } INE numarasına bağlı { $sources } ile ilgili veriler alındı.
tm-donnees-obtenues-du-mesri = MESRI kaynaklı veriler
tm-entrer-une-autre-option = Başka bir seçenek girin

## ds: carte

tm-deploiement-par-departement = Département’lara göre yaygınlaştırma
tm-quelle-carte-souhaitez-vous = Hangi haritayı istiyorsunuz?

## ds: views

tm-selectionnez = Seçin

## ds: activerecord

tm-votre-adresse-electronique = İş e-posta adresiniz
tm-sujet = Konu

## ds: contact

tm-votre-question = Sorunuz
tm-notre-reponse = Yanıtımız
tm-une-capture-decran-peut-nous-aider = Bir ekran görüntüsü, iyileştirilmesi gereken yeri daha kolay bulmamıza yardımcı olabilir.
tm-une-capture-decran-peut-nous-aider-2 = Bir ekran görüntüsü, sorunu daha kolay anlamamıza yardımcı olabilir.
tm-taille-maximale-autorisee-200-mo-formats = İzin verilen en büyük boyut: 200 MB. Desteklenen biçimler: jpg, png, pdf.
tm-contactez-nous-via-ce-formulaire-et = Bu form aracılığıyla bize ulaşın, size en kısa sürede yanıt verelim. Size en iyi şekilde yardımcı olabilmemiz için bize olabildiğince çok bilgi vermeyi unutmayın.
tm-jai-un-probleme-lors-du-remplissage = Dosyamı doldururken bir sorun yaşıyorum
tm-avez-vous-bien-verifie-que-tous = Tüm zorunlu alanların ( * ) doldurulduğunu kontrol ettiniz mi? Girilecek bilgilerle ilgili sorularınız varsa, işlemden sorumlu birimlere başvurun (SSS).
tm-jai-une-question-sur-linstruction-de = Dosyamın incelenmesiyle ilgili bir sorum var
tm-si-vous-avez-des-questions-sur = Dosyanızın incelenmesiyle ilgili sorularınız varsa (örneğin süreler hakkında), dosyanızı inceleyen birimlere mesaj kutunuz üzerinden doğrudan başvurmanızı rica ederiz (SSS). Sitedeki teknik bir sorunla ilgili soru sormak istiyorsanız aşağıdaki formu kullanın. Dosyanızın incelenmesi hakkında size bilgi veremeyeceğiz.
tm-jai-une-idee-damelioration-pour-votre = Siteniz için bir iyileştirme fikrim var
tm-une-idee-pensez-a-consulter-notre = Bir fikriniz mi var? İyileştirmeler panomuza göz atın: öncelikli gördüğünüz iyileştirmelere oy verin, kendi fikrinizi önerin.
tm-nous-vous-invitons-a-contacter = İzlemeniz gereken bağlantıyı size bildirmesi için işleminizden sorumlu idareye başvurmanızı rica ederiz. Bağlantı şuna benzemelidir: { $base_url }/commencer/NOM_DE_LA_DEMARCHE. En sık yapılan işlemlerimizin listesine de buradan bakabilirsiniz (izinler, detr vb.).
tm-autre-sujet = Başka bir konu
tm-votre-message-a-ete-envoye-sur = Mesajınız dosyanızın mesaj kutusuna gönderildi.
tm-votre-message-a-ete-envoye = Mesajınız gönderildi.
tm-la-piece-jointe-doit-etre-un = Ek bir dosya olmalıdır

## ds: dossier_mailer

tm-vous-avez-recu-un-nouveau-message = “{ $name }” işlemindeki dosyanızdan sorumlu idareden yeni bir mesaj aldınız.
tm-pour-consulter-le-message-et-y = Mesajı okumak ve yanıtlamak için aşağıdaki düğmeye tıklayın:
tm-si-vous-souhaitez-repondre-a-ce = Bu mesaja yanıt vermek istiyorsanız doğrudan idareye şu adresten başvurun: { $email }
tm-si-vous-souhaitez-repondre-a-ce-2 = Bu mesaja yanıt vermek istiyorsanız bu e-postanın altındaki iletişim bilgileriyle doğrudan idareye başvurun.
tm-lire-le-message = Mesajı oku
tm-vous-avez-commence-a-remplir-un = “{ $name }” işlemi için bir dosya doldurmaya başladınız.
tm-vous-pouvez-retrouver-et-completer-votre = Aşağıdaki düğmeye tıklayarak dosyanızı bulup tamamlayabilirsiniz:
tm-vous-pouvez-deposer-votre-dossier = Dosyanızı en geç { $before } tarihine kadar teslim edebilirsiniz.
tm-afficher-votre-dossier = Dosyanızı göster
tm-vous-devez-corriger-votre-dossier-n = { $n } numaralı “{ $name }” dosyanızı düzeltmeniz gerekiyor
tm-afin-de-poursuivre-son-instruction-un = İncelemeye devam edebilmek için bir inceleme görevlisi, “{ $name }” işlemindeki { $n } numaralı dosyanızda düzeltmeler yapmanızı istiyor.
tm-afin-de-commencer-son-instruction-un = İncelemeye başlayabilmek için bir inceleme görevlisi, “{ $name }” işlemindeki { $n } numaralı dosyanızı tamamlamanızı istiyor.
tm-consultez-la-messagerie-de-votre-dossier = Yapılması gereken değişiklikleri öğrenmek için dosyanızın mesaj kutusuna bakın, ardından dosyayı doğrudan sitede düzenleyin.
tm-ouvrir-la-messagerie = Mesaj kutusunu aç
tm-vous-avez-une-demande-de-transfert = Bekleyen bir aktarma talebiniz var.
tm-afin-de-pouvoir-accepter-ou-refuser = Talebi kabul edebilmek veya reddedebilmek için { $name } sitesinde giriş yapmanız gerekir:
tm-acceder-a-la-demande-de-transfert = aktarma talebine git
tm-afin-de-pouvoir-accepter-ou-refuser-2 = Talebi kabul edebilmek veya reddedebilmek için bir hesabınız olmalıdır:
tm-se-creer-un-compte-sur = { $name } sitesinde hesap oluştur
tm-vous-adresse-une-demande-de-transfert = { $name } size { $n } dosya için aktarma talebi gönderiyor.
tm-vous-adresse-une-demande-de-transfert-2 = { $name } size şu işlemdeki { $n } numaralı dosya için aktarma talebi gönderiyor:

## ds: layouts

tm-accueil-liste-des-demarches = Ana sayfa - İşlemler listesi
tm-vous-etes-ici = Buradasınız
tm-voir-le-fil-dariane = Gezinti yolunu göster
tm-previsualiser-le-formulaire = Formu önizle
tm-previsualiser-les-annotations = Notları önizle
tm-depuis-le = { $date } tarihinden beri
tm-publiee = Yayında
tm-en-test = Test aşamasında
tm-a-modifier = Düzenlenecek
tm-pour-plus-dinformation-sur-la-phase = Test aşaması hakkında daha fazla bilgi için
tm-consulter-la-faq = sıkça sorulan sorulara (SSS) bakın
tm-suivi-des-dossiers = { $name } – Dosyaların takibi
tm-modifier-le-lien-de-la-demarche = İşlemin bağlantısını değiştir
tm-pour-vous-adresser-a-votre = İdarenize başvurmak için doğrudan şunu kullanın:
tm-page-de-contact = İletişim sayfası:
tm-horaires = Çalışma saatleri:
tm-consultez-laide-en-ligne = Çevrimiçi yardıma bakın
tm-consultez-la-page-de-contact-de = İdarenin iletişim sayfasına bakın
tm-lequipe = Ekip
tm-nous-vous-informons-que-le-dossier = { $mandataire_first_name } { $mandataire_last_name } tarafından sizin adınıza doldurulan { $dossier_id } numaralı dosyanın, şu işlemde:
tm-a-ete-classe-sans-suite-le = { $date } tarihinde işlem yapılmadan kapatıldığını bildiririz.
tm-a-ete-rendue = verildi.

## ds: root

tm-effectuer-une-demarche-administrative-en = Çevrimiçi bir resmi işlem yapın
tm-vous-souhaitez-effectuer-une-demande = Bir idareye başvuru yapmak mı istiyorsunuz?
tm-realisez-vos-demandes-en-toute = Başvurularınızı kolayca yapın ve dosyalarınızı çevrimiçi bulun
tm-comment-trouver-ma-demarche = İşlemimi nasıl bulurum?
tm-dossiers-deposes = teslim edilen dosya
tm-reduction-des-delais-de-traitement = inceleme sürelerinde azalma
tm-une-question-un-probleme = Bir sorunuz mu, bir sorununuz mu var?
tm-la-reponse-est-dans-laide-en = Yanıt çevrimiçi yardımda
tm-administration-vous-voulez = İdareler: işlemlerinizi dijital ortama taşımak mı istiyorsunuz?

## ds: views

tm-franceconnect-est-la-solution-proposee = FranceConnect, çevrimiçi hizmetlerinize girişi güvenli ve basit hâle getirmek için devletin sunduğu çözümdür.
tm-sidentifier-avec = Şununla giriş yap:
tm-ou = veya
tm-vous-avez-deja-un-compte = Zaten bir hesabınız var mı?
tm-jai-deja-un-compte = Zaten bir hesabım var
tm-creer-un-compte = Hesap oluştur
tm-votre-adresse-electronique-nest-pas = E-posta adresiniz doğrulanmadı, bu nedenle { $name } mesajlarını almayacaksınız. Lütfen gelen kutunuza bakın ve doğrulama bağlantısına tıklayın. E-postayı almadınız mı?
tm-telecharger-le-modele = Şablonu indir

## ds: commencer

tm-commencer-la-demarche = İşleme başla
tm-vous-avez-deja-des-dossiers-pour = Bu işlem için zaten dosyalarınız var
tm-voir-mes-dossiers-en-cours = Devam eden dosyalarımı gör
tm-vous-avez-un-dossier-prerempli = Önceden doldurulmuş bir dosyanız var
tm-vous-etes-prete-a-poursuivre-un = “{ $name }” işleminde { $time } önce başlatılmış, önceden doldurulmuş bir dosyaya devam etmeye hazırsınız.
tm-vous-avez-deja-commence-a-remplir = Bir dosyayı doldurmaya zaten başladınız
tm-il-y-a-vous-avez-depose = { $time } önce “{ $name }” işleminde bir dosya teslim ettiniz.
tm-poursuivre-mon-dossier-prerempli = Önceden doldurulmuş dosyama devam et
tm-continuer-a-remplir-mon-dossier = Dosyamı doldurmaya devam et
tm-voir-mon-dossier-depose = Teslim ettiğim dosyayı gör
tm-vous-souhaitez-effectuer-une-demande-par = Başvurunuzu kâğıt üzerinde mi yapmak istiyorsunuz? PDF biçiminde boş bir dosya indirip ilgili idareye gönderebilirsiniz: { $name } - { $adresse }
tm-telecharger-un-dossier-vide-au-format = PDF biçiminde boş bir dosya indir
tm-vos-derniers-dossiers-crees = Oluşturduğunuz son { $n } dosya:
tm-n-cree-il-y-a = No { $n }, { $date } önce oluşturuldu, { $state }
tm-la-demarche-est-close-depuis-le = { $name } işlemi { $date } tarihinden beri kapalı

## ds: users

tm-vous-vous-appretez-a-transferer-le = { $name } tarafından { $date } tarihinde teslim edilen { $state } durumundaki { $n } numaralı dosyayı başka bir kullanıcının hesabına aktarmak üzeresiniz.
tm-envoyer-la-demande-de-transfert = Aktarma talebini gönder
tm-linvitation-au-transfert-a-ete-envoyee = Aktarma daveti başarıyla gönderildi
tm-la-demande-de-transfert-a-ete = Aktarma talebi başarıyla silindi
tm-la-demarche-liee-a-votre-dossier = Dosyanızın bağlı olduğu işlem silindi
tm-la-demarche-liee-a-votre-dossier-2 = Dosyanızın bağlı olduğu işlem kapandı
tm-vous-pouvez-toujours-consulter-votre = Dosyanızı görüntülemeye devam edebilirsiniz, ancak artık değiştiremezsiniz.
tm-votre-dossier-a-ete-traite-par = Dosyanız idare tarafından sonuçlandırıldı, hiçbir işlem yapılamaz
tm-vous-pouvez-toujours-consulter-votre-2 = Dosyanızı görüntülemeye devam edebilirsiniz, ancak idare tarafından işleme alınmayacak
tm-voir-la-demarche = işlemi gör
tm-une-nouvelle-demarche-est-disponible = Yeni bir işlem mevcut, buradan bakın:
tm-pour-plus-dinformations-veuillez-vous = Daha fazla bilgi için lütfen { $name } birimine başvurun; { $service_phone_number } numaralı telefondan veya { $email } adresinden e-postayla ulaşılabilir
tm-votre-dossier-est-en-attente-de = Dosyanız idarenin ele almasını bekliyor. Ele alınma için en uzun süre { $n } aydır. Yine de aşağıdaki düğmeye tıklayarak bu süreyi uzatabilirsiniz.
tm-conserver-mois-supplementaire = { $n } ay daha sakla
tm-cadre-juridique = Hukuki çerçeve
tm-retention-et-archivage-des-donnees-mois = Verilerin saklanması ve arşivlenmesi: { $n } ay
tm-texte-cadrant-la-demande-dinformation = Bilgi talebini düzenleyen metin
tm-contacter-le-delegue-a-la-protection = Veri Koruma Görevlisine ulaşın
tm-dematerialisation = Dijitalleşme
tm-trouver-une-maison-france-services = Bir France Services merkezi bulun
tm-profil = Profil
tm-nouvelle-adresse-electronique = Yeni e-posta adresi
tm-votre-adresse-electronique-actuelle = Mevcut e-posta adresiniz
tm-changer-mon-adresse = Adresimi değiştir
tm-transferer-tous-vos-dossiers = Tüm dosyalarınızı aktarın
tm-cette-fonctionnalite-vous-permet-de = Bu özellik, tüm dosyalarınızın sahibini değiştirmenizi sağlar. Genellikle görev değişikliğinde veya birden fazla hesabı birleştirmek istediğinizde işe yarar.
tm-adresse-electronique-du-prochain = Tüm dosyalarınızın bir sonraki sahibinin e-posta adresi
tm-le-nouveau-proprietaire-doit-confirmer = Yeni sahip { $email }, e-postasında aldığı talimatları izleyerek bir dosyanın aktarılmasını onaylamalıdır.
tm-le-nouveau-proprietaire-doit-confirmer-2 = Yeni sahip { $email }, e-postasında aldığı talimatları izleyerek { $n } dosyanızın aktarılmasını onaylamalıdır.
tm-confirmez-vous-le-transfert = Aktarmayı onaylıyor musunuz?
tm-transferer-tous-mes-dossiers = Tüm dosyalarımı aktar
tm-changement-en-attente = Bekleyen değişiklik:
tm-doit-sassurer-que-votre-compte-est = { $name }, hesabınızın mesleki amaçla kullanıldığından emin olmalıdır. E-posta değişikliklerine şu alan adları için otomatik olarak izin verebiliriz: { $legit_admin_domains } Durumunuz bu değilse destek ekibine başvurun: { $email }
tm-votre-compte-sur-est-actuellement-lie = { $name } sitesindeki hesabınız şu anda şu kimliğe bağlı:
tm-votre-compte-sur-est-actuellement-lie-2 = { $name } sitesindeki hesabınız şu anda aşağıdaki { $n } kimliğe bağlı:
tm-interdire-lacces = Erişimi yasakla
tm-le-transfert-dun-dossier-a-est = Bir dosyanın { $email } adresine aktarılması sürüyor
tm-le-transfert-de-dossiers-a-est = { $n } dosyanın { $email } adresine aktarılması sürüyor

## seeds: seeds

tm-service-momentanement-indisponible-nous = Hizmet geçici olarak kullanılamıyor. Lütfen daha sonra tekrar deneyin.
tm-numero-de-la-declaration-de-perte = Kayıp bildiriminin numarası
tm-mettre-a-jour-mes-documents = Belgelerimi güncelle
tm-nombre-d-enfants-a-charge = Bakmakla yükümlü olunan çocuk sayısı
tm-je-ne-suis-pas-un-robot = Ben robot değilim
tm-numero-etranger = Yabancı numarası

## failures: failures

tm-plus-de-plage-horaire-libre = boş randevu saati kalmadı
tm-aucun-creneau-disponible = boş randevu saati yok
tm-aucun-creneau-n-est-disponible = hiçbir randevu saati boş değil
tm-pas-de-creneau-disponible = boş randevu saati yok
tm-plus-de-creneau-disponible = artık boş randevu saati yok
tm-aucun-rendez-vous-disponible = uygun randevu yok
tm-aucun-rendez-vous-n-est-disponible = hiçbir randevu uygun değil
tm-aucune-disponibilite = uygunluk yok
tm-tous-les-creneaux-sont-reserves = tüm randevu saatleri dolu
tm-toutes-les-plages-horaires-sont = tüm zaman aralıkları dolu
tm-aucune-plage-horaire = hiçbir zaman aralığı yok
tm-service-momentanement-indisponible = hizmet geçici olarak kullanılamıyor
tm-service-temporairement-indisponible = hizmet geçici olarak kullanılamıyor
tm-service-indisponible = hizmet kullanılamıyor
tm-site-en-maintenance = site bakımda
tm-actuellement-en-maintenance = şu anda bakımda
tm-operation-de-maintenance = bakım çalışması
tm-erreur-technique = teknik hata
tm-probleme-technique = teknik sorun
tm-une-erreur-est-survenue = bir hata oluştu
tm-une-erreur-inattendue = beklenmeyen bir hata
tm-le-service-rencontre-des-difficultes = hizmet sorun yaşıyor
tm-nombre-de-connexions = bağlantı sayısı
tm-trop-de-demandes = çok fazla talep
tm-votre-session-a-expire = oturumunuzun süresi doldu
tm-session-expiree = oturum süresi doldu
tm-vous-avez-ete-deconnecte = oturumunuz kapatıldı
tm-delai-d-inactivite = hareketsizlik süresi
tm-code-de-securite-saisi-est-incorrect = girilen güvenlik kodu yanlış
tm-code-de-securite-est-incorrect = güvenlik kodu yanlış
tm-captcha-incorrect = captcha yanlış
tm-captcha-invalide = captcha geçersiz
tm-identifiant-ou-mot-de-passe-incorrect = kullanıcı adı veya şifre yanlış
tm-identifiant-ou-mot-de-passe-invalide = kullanıcı adı veya şifre geçersiz
tm-compte-bloque = hesap engellendi
tm-compte-verrouille = hesap kilitlendi
tm-compte-desactive = hesap devre dışı bırakıldı
tm-format-de-fichier-non-supporte = dosya biçimi desteklenmiyor
tm-format-non-supporte = biçim desteklenmiyor
tm-fichier-trop-volumineux = dosya çok büyük
tm-depasse-la-taille-maximale = en büyük boyutu aşıyor
tm-dossier-incomplet = eksik dosya
tm-piece-manquante = eksik belge
tm-n-est-pas-valide = geçerli değil
tm-est-obligatoire = zorunludur
tm-numero-etranger-inconnu = bilinmeyen yabancı numarası
tm-aucun-dossier-ne-correspond = hiçbir dosya eşleşmiyor
tm-delai-d-attente-depasse = bekleme süresi aşıldı
tm-le-serveur-met-trop-de-temps = sunucu çok geç yanıt veriyor

## fixture: captcha/captchetat-botdetect.html

tm-saisissez-le-code-de-securite = Güvenlik kodunu girin
tm-verification-de-securite = Güvenlik doğrulaması
tm-le-code-peut-etre-ecoute-avec = Kod, “Kodu seslendir” (“Énoncer le code”) düğmesiyle dinlenebilir; “Kodu değiştir” (“Changer le code”) düğmesi yeni bir resim gösterir.
tm-recopiez-les-caracteres-affiches-dans = Resimde gösterilen karakterleri yazın.
tm-veuillez-recopier-le-code-de-securite = Randevu alma işleminize devam etmek için lütfen güvenlik kodunu yazın.
tm-prise-de-rendez-vous-demande-de = Randevu alma — Vatandaşlığa kabul başvurusu

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = Resimdeki karakterleri girin
tm-afin-de-verifier-que-vous-netes = Robot olmadığınızı doğrulamak için resimde gösterilen karakterleri yazın. Onları dinlemek için “Captcha kodunu seslendir” (“Énoncer le code du captcha”) düğmesini kullanın; başka bir resim almak için “Yeni captcha oluştur” (“Générer un nouveau captcha”) düğmesini kullanın.
tm-les-majuscules-et-minuscules-ne-sont = Büyük ve küçük harf ayrımı yapılmaz.
tm-pour-acceder-au-calendrier-des-rendez = Randevu takvimine ulaşmak için güvenlik kodunu yazın, ardından “İleri” (“Suivant”) düğmesine tıklayın.
tm-prise-de-rendez-vous-remise-de = Randevu alma — Oturma izninin teslim alınması
tm-le-code-de-securite-saisi-est = Girilen güvenlik kodu yanlış. Lütfen tekrar deneyin.

## fixture: captcha/captchetat.html

tm-vos-coordonnees = İletişim bilgileriniz
tm-format-attendu-nom-domaine-fr = İstenen biçim: ad@alanadi.fr
tm-avant-de-choisir-un-creneau-merci = Bir randevu saati seçmeden önce lütfen talebinizi onaylayın. Randevular, gişenin müsaitliğine göre her hafta açılır.
tm-prise-de-rendez-vous-echange-de = Randevu alma — Yabancı sürücü belgesinin değiştirilmesi

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = Robot doğrulaması
tm-cliquez-sur-clique-ici-pour-verifier = “Doğrulamak için buraya tıkla” (“Clique ici pour vérifier”) düğmesine tıklayın: doğrulama otomatik olarak, test olmadan yapılır.
tm-clique-ici-pour-verifier = Doğrulamak için buraya tıkla
tm-pour-toute-question-relative-a-vos = İşlemlerinizle ilgili her türlü soru için (oturma izinleri, sürücü belgeleri, dernekler) bu formu kullanın. 15 iş günü içinde size yanıt verilecektir.
tm-nous-contacter = Bize ulaşın
tm-nous-verifions-que-vous-netes-pas = Robot olmadığınızı kontrol ediyoruz…
tm-verification-automatique-des-spams = Otomatik spam kontrolü tamamlandı

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = Plaka numarası
tm-format-attendu-ab-123-cd = İstenen biçim: AB-123-CD
tm-cochez-la-case-je-suis-un = Devam etmek için “Ben insanım” (“Je suis un humain”) kutusunu işaretleyin.
tm-envoyer-ma-demande = Talebimi gönder
tm-les-residents-des-secteurs-de = Ücretli park bölgelerinde oturanlar, kendilerine sakin tarifesinden yararlanma hakkı veren bir kart isteyebilir. 3 aydan eski olmayan bir ikamet belgesi ve aracın ruhsatını hazırlayın.
tm-demande-de-carte-de-stationnement = Bölge sakini park kartı başvurusu

## fixture: captcha/image-generic.html

tm-reference-du-dossier = Dosya referans numarası
tm-recopiez-les-caracteres-affiches = Gösterilen karakterleri yazın
tm-code-de-securite = Güvenlik kodu
tm-exemple-pc-034172-24-m0123 = Örnek: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 karakter, rakamlar ve büyük harfler
tm-generer-un-nouveau-code = Yeni kod oluştur
tm-envoyer-la-demande = Talebi gönder
tm-vous-pouvez-demander-la-copie-dun = Belde sınırları içinde verilmiş bir yapı ruhsatının veya ön beyanın kopyasını isteyebilirsiniz. Belgeler elektronik yolla iletilir.
tm-demande-de-copie-de-documents-durbanisme = İmar belgelerinin kopyası talebi

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = Her sayfa, Relais’nin algılama özelliğini test etmek için kamu portallarında karşılaşılan bir CAPTCHA türünün işaretlemesini çevrimdışı olarak yeniden üretir (Relais hiçbir CAPTCHA’yı asla çözmez veya atlatmaz). Hiçbir dış hizmete bağlanılmaz: betikler, çerçeveler, resimler ve sesler yerel dosyalardır (vendor/ klasörü).
tm-pages-de-test-widgets-captcha = Test sayfaları: CAPTCHA bileşenleri

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = Randevuyu onayla
tm-choisissez-un-creneau-pour-deposer-votre = Başvurunuzu teslim etmek için bir randevu saati seçin. Güvenlik kontrolü sayfa yüklendikten sonra görünür.
tm-prise-de-rendez-vous-carte-nationale = Randevu alma — Ulusal kimlik kartı ve pasaport
tm-chargement-de-la-verification-de = Güvenlik doğrulaması yükleniyor…
tm-confirmation-du-creneau = Randevu saatinin onayı
tm-cochez-la-case-pour-confirmer-que = İnsan olduğunuzu onaylamak için kutuyu işaretleyin.

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = Güvenlik sorusu: 3 + 4 kaç eder?
tm-repondez-en-chiffres-cette-question = Rakamla yanıtlayın. Bu soru robot olmadığınızı doğrulamaya yarar.
tm-sinscrire = Kaydol
tm-recevez-chaque-mois-lactualite-du = Département’ın haberlerini her ay alın: yardımlar, yollar, ortaokullar (collèges), dayanışma. Aboneliğinizi istediğiniz zaman iptal edebilirsiniz.
tm-inscription-a-la-lettre-dinformation = Bültene kayıt

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = Randevunun nedeni
tm-cochez-la-case-je-ne-suis = “Ben robot değilim” (“Je ne suis pas un robot”) kutusunu işaretleyin. Resimli bir test görünebilir; bu testin sesli bir sürümü vardır.
tm-demander-un-rendez-vous = Randevu iste
tm-selectionner-un-motif = Bir neden seçin
tm-premiere-demande = İlk başvuru
tm-renouvellement = Yenileme
tm-duplicata = Kopya (duplicata)
tm-ce-formulaire-vous-permet-de-demander = Bu form, Rhône valiliğinin (préfecture, Lyon) yabancılar gişesinden randevu istemenizi sağlar. Size e-postayla bir onay gönderilecektir.
tm-prise-de-rendez-vous-depot-de = Randevu alma — Oturma izni başvurusunun teslimi

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = Belge türü
tm-copie-integrale = Tam suret
tm-extrait-avec-filiation = Anne-baba bilgili özet
tm-extrait-sans-filiation = Anne-baba bilgisiz özet
tm-demandez-en-ligne-une-copie-integrale = Lyon’da gerçekleşen bir doğum için çevrimiçi olarak doğum kaydının tam suretini veya özetini isteyin. Belge 8 gün içinde postayla gönderilir.
tm-ce-site-est-protege-par-recaptcha = Bu site reCAPTCHA ile korunmaktadır; Google’ın gizlilik kuralları ve kullanım koşulları geçerlidir.
tm-demande-dacte-de-naissance = Doğum belgesi talebi

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = Bu bir test sayfasıdır: talep hiçbir birime iletilmedi.
tm-votre-demande-a-bien-ete-envoyee = Talebiniz gönderildi
tm-donnees-recues = Alınan veriler
tm-aucune-donnee-recue = Hiç veri alınmadı.
tm-retour-a-la-liste-des-pages = Test sayfaları listesine dön

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = Sorunun adresi
tm-description = Açıklama
tm-envoyer-le-signalement = Bildirimi gönder
tm-nid-de-poule-eclairage-en-panne = Yoldaki çukur, arızalı aydınlatma, kaçak çöp dökümü: bunu belediye birimlerine bildirin. Bildiriminizin ne şekilde işlendiği size e-postayla bildirilecektir.
tm-signaler-un-probleme-sur-lespace-public = Kamusal alandaki bir sorunu bildirin

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = İnsan olduğunuzu doğrulayın
tm-operation-reussie = ✔İşlem başarılı!
tm-saisissez-ce-que-vous-entendez = Duyduğunuzu yazın
tm-lecture = OYNAT
tm-veuillez-cliquer-sur-chaque-image = Lütfen otobüs bulunan her resme tıklayın
tm-vous-etes-valide = Doğrulandınız
tm-le-service-recaptcha-requiert-une = reCAPTCHA hizmeti doğrulama istiyor.

## fixture: portals/ameli-compte

tm-numero-de-securite-sociale = Sosyal güvenlik numarası
tm-jour = Gün
tm-mois = Ay
tm-numero-de-telephone-portable = Cep telefonu numarası
tm-13-chiffres-cle-de-2-chiffres = 13 rakam + 2 rakamlı anahtar, carte Vitale kartınızın üzerinde yazar
tm-telle-quelle-figure-sur-votre-carte = Carte Vitale kartınızda yazdığı gibi
tm-exemple-14 = Örnek: 14
tm-exemple-07 = Örnek: 07
tm-exemple-1988 = Örnek: 1988
tm-format-attendu-5-chiffres = İstenen biçim: 5 rakam
tm-format-attendu-06-12-34-56 = İstenen biçim: 06 12 34 56 78
tm-le-numero-de-securite-sociale-saisi = Girilen sosyal güvenlik numarası geçerli değil.
tm-votre-compte-ameli-vous-permet-de = ameli hesabınız, geri ödemelerinizi takip etmenizi, bir sağlık sigortası hak belgesi (attestation de droits) indirmenizi ve sağlık sigortası kurumunuza ulaşmanızı sağlar.
tm-creer-mon-compte-ameli = ameli hesabımı oluştur
tm-formulaire-recu = Form alındı

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = Kullanıcı adımla giriş yap
tm-votre-identifiant-est-votre-numero = Kullanıcı adınız, yabancı numaranız (10 rakam) veya e-posta adresinizdir
tm-sidentifier-avec-franceconnect = FranceConnect ile giriş yap
tm-creer-mon-compte = Hesabımı oluştur
tm-la-creation-dun-compte-est-necessaire = Oturma izni, vatandaşlığa kabul veya seyahat belgesi başvurusu yapmak için hesap oluşturmanız gerekir.
tm-votre-numero-etranger-comporte-10 = Yabancı numaranız 10 rakamdan oluşur. Oturma izninizde, oturma izni başvurusu alındı belgenizde (récépissé) veya geçici kalış izninizde yazar.
tm-si-vous-navez-jamais-eu-de = Fransa’da hiç oturma izniniz olmadıysa e-posta adresinizi kullanın.
tm-connexion-a-mon-espace-personnel = Kişisel alanıma giriş
tm-vous-navez-pas-encore-de-compte = Henüz hesabınız yok mu?
tm-ou-trouver-mon-numero-etranger = Yabancı numaramı nerede bulurum?

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = 06 12 34 56 78 numarasından geri aranma talebiniz dikkate alınamadı. Size marie.kowalczyk@example.fr adresinden yanıt vereceğiz (yardım alan numarası 1234567).
tm-demande-de-rappel = Geri arama talebi
tm-retour-a-mon-compte = “Hesabım”a (“Mon Compte”) dön

## fixture: portals/caf-declaration

tm-numero-allocataire = Yardım alan numarası (numéro allocataire)
tm-celibataire = Bekâr
tm-marie-e = Evli
tm-pacse-e = PACS’lı (medeni birliktelik sözleşmesi)
tm-en-concubinage = Evlilik dışı birlikte yaşıyor
tm-divorce-e = Boşanmış
tm-veuf-veuve = Dul (erkek/kadın)
tm-salaires-percus-en-euros = Alınan maaşlar (avro olarak)
tm-indemnites-journalieres = Günlük geçici iş göremezlik ödeneği (indemnités journalières)
tm-allocation-chomage-are = İşsizlik ödeneği (ARE)
tm-pensions-alimentaires-recues = Alınan nafakalar
tm-votre-situation-professionnelle = Mesleki durumunuz
tm-ajouter-une-piece-justificative = Kanıtlayıcı belge ekle
tm-situation-familiale = Medeni durum
tm-autres-ressources-en-euros = Diğer gelirler (avro olarak)
tm-7-chiffres-il-est-sur-vos = 7 rakam, CAF’tan gelen mektuplarınızda yazar
tm-mois-1-janvier = Ay 1: ocak
tm-mois-2-fevrier = Ay 2: şubat
tm-mois-3-mars = Ay 3: mart
tm-taille-maximale-5-mo-formats-supportes = En büyük boyut: 5 MB. Desteklenen biçimler: jpg, png, pdf.
tm-valider-ma-declaration = Beyanımı onayla
tm-selectionner-une-option = Bir seçenek seçin
tm-salarie = Ücretli çalışan
tm-demandeur-d-emploi = İş arayan
tm-etudiant = Öğrenci
tm-sans-activite = Çalışmıyor
tm-ex-1-250 = Örnek: 1 250
tm-declarez-les-ressources-percues-par = Hanenizin son üç ayda elde ettiği gelirleri beyan edin. RSA, prime d’activité veya engelli yetişkinler yardımını almaya devam etmek için bu beyan zorunludur.
tm-salaires-indiquez-le-montant-net-avant = Maaşlar: çeyrek dönemin her ayı için kaynakta vergi kesintisinden önceki net tutarı yazın, hiçbir şey almadıysanız 0 yazın.
tm-declaration-trimestrielle-de-ressources = Üç aylık gelir beyanı
tm-vos-ressources = Gelirleriniz
tm-etape-suivante-verification-et-envoi = Sonraki adım: Kontrol ve gönderme

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = Her sayfa, testler için yazılmış basitleştirilmiş bir taklittir; hiçbiri gerçek bir portalın kopyası değildir.
tm-pages-de-test-imitant-des-portails = Fransız kamu portallarını taklit eden test sayfaları

## fixture: portals/mots-cles

tm-nom-de-famille = Soyadı
tm-prenom-s = Ad(lar)
tm-date-dexpiration-de-votre-titre-de = Oturma izninizin bitiş tarihi
tm-n-de-recepisse = Başvuru alındı belgesi (récépissé) numarası
tm-courriel = E-posta
tm-remplissez-ce-formulaire-pour-connaitre = Başvurunuzun hangi aşamada olduğunu öğrenmek için bu formu doldurun. Size 15 iş günü içinde e-postayla yanıt gönderilecektir.
tm-demande-de-renseignements-sur-un-dossier = Oturma izni dosyası hakkında bilgi talebi
tm-precisions-sur-votre-demande-zone-de = Talebinizle ilgili ayrıntılar (serbest metin alanı):

## fixture: portals/prefecture-rdv

tm-il-n-existe-plus-de-plage = Randevu talebiniz için artık boş zaman aralığı kalmadı. Lütfen daha sonra tekrar deneyin.
tm-veuillez-cocher-la-case-pour-accepter = Randevu alma işlemine devam etmeden önce kullanım koşullarını kabul etmek için lütfen kutuyu işaretleyin
tm-choisissez-votre-guichet = Gişenizi seçin
tm-effectuer-une-demande-de-rendez-vous = Randevu talebinde bulun
tm-selectionner-un-guichet = Bir gişe seçin
tm-guichet-1-titre-de-sejour = Gişe 1 - Oturma izni
tm-guichet-2-naturalisation = Gişe 2 - Vatandaşlığa kabul
tm-guichet-3-document-de-circulation-pour = Gişe 3 - Reşit olmayan yabancı için seyahat belgesi
tm-guichet-4-duplicata-et-changement = Gişe 4 - Kopya (duplicata) ve adres değişikliği
tm-ce-module-vous-permet-de-reserver = Bu modül, oturma izninizi teslim almak için randevu almanızı sağlar; yalnızca izninizin valilikte (préfecture) hazır olduğunu bildiren bir SMS veya mektup aldıysanız.
tm-conformement-aux-dispositions = Yürürlükteki mevzuata göre oturma izni yenileme başvurunuz, ancak istenen tüm kanıtlayıcı belgeleri önceden sunmanız hâlinde incelenir; aksi takdirde başvurunuz yeniden incelenmeksizin işlem yapılmadan kapatılır.
tm-le-jour-du-rendez-vous-presentez = Randevu günü pasaportunuz, başvuru alındı belgeniz (récépissé) veya eski oturma izniniz, çağrı yazısı (convocation) ve vergi pulu (timbre fiscal) ile gelin. Eksik her dosya reddedilecektir.
tm-les-rendez-vous-sont-ouverts-chaque = Randevular, gişelerin müsaitliğine göre her hafta açılır. Telefonla randevu verilmez.
tm-retour-a-la-prise-de-rendez = Randevu almaya dön
tm-etape-1-choix-du-guichet = Adım 1: gişe seçimi

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = Hizmet şu anda bakımda. Verdiğimiz rahatsızlıktan dolayı özür dileriz, lütfen daha sonra tekrar deneyin.
tm-les-demandes-deja-deposees-ne-sont = Daha önce teslim edilmiş başvurular bu kesintiden etkilenmez. Oturma izninizin süresi bakım sırasında dolarsa, inceleme süresinin uzatıldığına dair belgeniz (attestation de prolongation d’instruction) geçerli olmaya devam eder.
tm-erreur = Hata { $n }

## aides-jeunes: properties

tm-quel-est-votre-code-postal = Posta kodunuz nedir?
tm-quel-est-le-code-postal-de = Anne babanızın yaşadığı beldenin posta kodu nedir?
tm-combien-d-enfants-vous-y-compris = Anne babanızın bakmakla yükümlü olduğu kaç çocuk var (siz dahil)?
tm-lorsque-vos-parents-sont-separes-il = Anne babanız ayrıysa, sizi geçindiren ebeveynin bakmakla yükümlü olduğu çocuk sayısını yazmanız gerekir. Hâlâ reşit değilseniz ve ortak velayette (dönüşümlü olarak) yaşıyorsanız, ayrı yaşayan ebeveynlerin iki vergi hanesinin bakmakla yükümlü olduğu çocukları toplamanız gerekir.
tm-et-combien-vous-y-compris-font = Peki bunlardan kaçı (siz dahil) yükseköğrenim görüyor?
tm-actuellement-beneficiez-vous-d-une = Şu anda lise bursu alıyor musunuz?
tm-avez-vous-un-lien-de-parente = Ev sahibinizle doğrudan akrabalığınız var mı? Ev sahibi sizin ya da eşinizin üstsoyu veya altsoyu mu (çocuk, büyükanne/büyükbaba…)?
tm-vivez-vous-en-couple = Bir çift olarak mı yaşıyorsunuz?
tm-attention-cette-restriction-est = Dikkat, bu kısıtlama engelli çalışan statüsünün tanınmasından farklıdır.
tm-en-etude-ou-en-alternance = Öğrenim görüyor veya iş-okul dönüşümlü eğitimde (alternance)
tm-salarie-ou-salariee = Ücretli çalışan (erkek veya kadın)
tm-independant-ou-independante = Serbest çalışan (erkek veya kadın)
tm-inscrit-ou-inscrite-comme-demandeur = İş arayan olarak kayıtlı (erkek veya kadın)
tm-retraite-ou-retraitee = Emekli (erkek veya kadın)
tm-autre = Diğer
tm-lorsque-vous-etudiez-et-que-vous = Hem okuyor hem çalışıyorsanız “Öğrenim görüyor veya iş-okul dönüşümlü eğitimde” (“En étude ou en alternance”) seçeneğini seçmelisiniz.
tm-dans-quelle-classe-etes-vous = Şu anda hangi sınıftasınız?
tm-cap-1ere-annee = CAP - 1’inci yıl
tm-cap-2eme-annee = CAP - 2’nci yıl
tm-seconde = Seconde (lisenin ilk yılı)
tm-premiere = Première (lisenin ikinci yılı)
tm-terminale = Terminale (lisenin son yılı)
tm-licence-1ere-annee = Licence (lisans) - 1’inci yıl
tm-licence-2eme-annee = Licence (lisans) - 2’nci yıl
tm-licence-3eme-annee = Licence (lisans) - 3’üncü yıl
tm-master-1ere-annee = Yüksek lisans - 1’inci yıl
tm-master-2eme-annee = Yüksek lisans - 2’nci yıl
tm-doctorat-1ere-annee = Doktora - 1’inci yıl
tm-doctorat-2eme-annee = Doktora - 2’nci yıl
tm-doctorat-3eme-annee = Doktora - 3’üncü yıl
tm-lorsque-vos-parents-sont-separes-il-2 = Anne babanız ayrıysa, sizi geçindiren ebeveynin gelirlerini almanız gerekir. Hâlâ reşit değilseniz ve ortak velayette (dönüşümlü olarak) yaşıyorsanız, ayrı yaşayan ebeveynlerin iki vergi hanesinin gelirlerini toplamanız gerekir.
tm-si-vous-ne-connaissez-pas-le = Anne babanızın toplam brüt gelirini bilmiyorsanız simülasyona devam etmek için 0 yazın. Dikkat, bu durum simülasyon sonuçlarının doğruluğunu etkileyebilir
tm-beneficiez-vous-d-une-bourse-de = Yükseköğrenim bursu alıyor musunuz?
tm-etes-vous-en-alternance-dans-la = Kamu kurumunda iş-okul dönüşümlü eğitimde (alternance) misiniz?
tm-je-ne-sais-pas = Bilmiyorum
tm-pas-concerne = Beni ilgilendirmiyor
tm-jamais = Hiçbir zaman
tm-ponctuellement = Ara sıra
tm-regulierement = Düzenli olarak
tm-de-quel-secteur-votre-formation-fait = Eğitiminiz hangi sektöre ait?
tm-etes-vous-heberge-chez-vos-parents = Anne babanızın yanında mı kalıyorsunuz?
tm-l-inaptitude-medicale-au-travail = Bir hastalık veya kazadan kaynaklanan tıbbi çalışma yetersizliği kısmi, tam veya geçici olabilir.
tm-avez-vous-obtenu-une-mention-au = Bakalorya (baccalauréat) sınavında derece (mention) aldınız mı?
tm-francaise = Fransız
tm-europeenne = Avrupalı
tm-non-europeenne = Avrupalı değil
tm-regime-general-caf-cpam = Genel rejim (CAF/CPAM)
tm-mutualite-sociale-agricole-msa = Tarım sosyal sigortası (MSA)
tm-pour-les-etudiants-en-classes = Büyük okullara (grandes écoles) hazırlık sınıflarındaki öğrenciler “Bir yükseköğretim kurumunda” (“Dans un établissement de l'enseignement supérieur”) seçeneğini seçmelidir.
tm-dans-quel-type-d-etablissement-etudiez = Şu anda hangi tür bir kurumda öğrenim görüyorsunuz?
tm-etablissement-public = Devlet kurumu
tm-etablissement-prive-sous-contrat = Devletle sözleşmeli özel kurum
tm-etablissement-prive-hors-contrat = Devletle sözleşmesiz özel kurum
tm-quelle-est-votre-relation-avec-votre = Eşinizle ilişkiniz nedir?
tm-moins-de-50 = %50’den az
tm-etes-vous = Siz…?
tm-en-apprentissage = Çıraklık eğitiminde
tm-en-contrat-de-professionnalisation = Mesleki yeterlilik sözleşmesiyle (contrat de professionnalisation)
tm-combien-de-mois-envisagez-vous-de = Öğreniminiz kapsamında kaç ay yurt dışına gitmeyi düşünüyorsunuz?
tm-quel-est-le-prenom-de-votre = Çocuğunuzun adı nedir? Yalnızca sonraki adımları doldurmanızı kolaylaştırmak için kullanılacaktır.
tm-souhaitez-vous-connaitre-les-aides-pour = Bisiklet almak için verilen yardımları öğrenmek ister misiniz?
tm-velo-mecanique-simple = Basit mekanik bisiklet
tm-velo-electrique = Elektrikli bisiklet
tm-velo-cargo = Kargo bisikleti
tm-velo-cargo-electrique = Elektrikli kargo bisikleti
tm-velo-pliant = Katlanır bisiklet
tm-velo-pliant-electrique = Elektrikli katlanır bisiklet
tm-motorisation-d-un-velo-classique = Klasik bir bisiklete motor takılması
tm-velo-adapte-pour-pmr = Hareket kısıtlılığı olan kişilere (PMR) uyarlanmış bisiklet
tm-etes-vous-interesse-ou-interessee-par = Sağlık ve sosyal hizmetler sektöründeki eğitimlere yönelik yardımlarla ilgileniyor musunuz?
tm-souhaitez-vous-connaitre-les-aides-au = BAFA ve BAFD için verilen yardımları öğrenmek ister misiniz?
tm-prevoyez-vous-de-partir-a-l = Öğreniminiz kapsamında yurt dışına gitmeyi düşünüyor musunuz?
tm-prevoyez-vous-de-passer-le-permis = Ehliyet sınavına girmeyi düşünüyor musunuz?
tm-moins-de-3-mois = 3 aydan az
tm-entre-3-et-6-mois = 3 ile 6 ay arası
tm-plus-de-3-mois = 3 aydan fazla
tm-plus-6-mois = 6 aydan fazla
tm-linterim-ou-travail-temporaire-est-un = Geçici iş (intérim), bir geçici istihdam ajansıyla yapılan ve çalışanı sınırlı bir süre için, çoğu zaman yerinde olmayan birinin yerine geçmek veya geçici bir ihtiyacı karşılamak üzere bir şirketin emrine veren bir iş sözleşmesidir. Sözleşme bir ajansla imzalandıysa bu bir geçici (ajans aracılığıyla) iştir.
tm-est-ce-une-colocation = Ev arkadaşlarıyla paylaşılan bir konut mu (colocation)?
tm-est-ce-que-ce-logement-a = Bu konut yenilendi mi?
tm-est-ce-une-chambre-une-chambre = Bir oda mı? Oda, tek bir bölümden oluşan ve tuvaleti olmayan konuttur.
tm-est-ce-un-logement-dans-une = Bir CROUS yurdunda bir konut mu?
tm-participez-vous-aux-frais-du-logement = Konut giderlerine katkıda bulunuyor musunuz? Örneğin elektrik, telefon ve benzeri giderlere.
tm-rencontrez-vous-des-difficultes = Bir konut bulmakta veya konutunuzla ilgili giderleri ödemekte ciddi güçlük yaşıyor musunuz?
tm-prevoyez-vous-de-demenager-prochainement = Yakında taşınmayı düşünüyor musunuz?
tm-non-j-ai-emmenage-il-y = Hayır, 3 aydan kısa süre önce taşındım
tm-locataire = Kiracı
tm-figurant-sur-le-bail-en-foyer = kira sözleşmesinde adı geçen, bir yurtta veya rezidansta
tm-proprietaire = Mülk sahibi
tm-ou-en-location-accession = veya kiralayarak satın alma (location-accession) yoluyla
tm-heberge-ou-hebergee = Başkasının yanında kalıyor (erkek veya kadın)
tm-chez-vos-parents-chez-un-particulier = anne babanızın yanında, bir özel kişinin yanında veya lojmanda
tm-sans-domicile-stable = Sabit konutu yok
tm-ou-domiciliation-administrative = veya idari posta adresi (domiciliation)
tm-etes-vous-primo-accedant-pour-cette = Bu mülkü ilk kez mi satın alıyorsunuz (primo-accédant)? İlk kez satın alan kişi (primo-accédant), mülkünü satın aldığı anda, son iki yıl içinde asıl konutunun sahibi olmamış kişidir (veya hanedir).
tm-quel-type-de-logement-louez-vous = Ne tür bir konut kiralıyorsunuz?
tm-non-meuble = Eşyasız
tm-meuble-hotel = Eşyalı / Otel
tm-foyer = Yurt (foyer)
tm-residence-universitaire-logement-crous = Üniversite yurdu, CROUS konutu, genç çalışanlar yurdu, sosyal rezidans…
tm-maison-de-retraite-residence-sociale = Huzurevi, sosyal rezidans…
tm-mes-enfants-a-charge = Bakmakla yükümlü olduğum çocuklarım
tm-quelle-est-la-situation-de-vos = Anne babanızın durumu nedir?
tm-en-couple = Birlikte
tm-separes = Ayrı
tm-veuf-ou-veuve = Dul (erkek veya kadın)
tm-decedes = Vefat etmiş
tm-sans-autorite-parentale = Velayet hakkı yok
tm-vos-parents-habitent-ils-en-france = Anne babanız Fransa’da mı yaşıyor?
tm-quel-est-le-nombre-de-parts = Anne babanızın en son vergi bildiriminde (avis d’imposition) kaç vergi payı (part) yazıyor?
tm-une-part-fiscale-est-une-unite = Vergi payı, vergi hanesini oluşturan kişileri temsil eden ve gelir vergisinin hesaplanmasında kullanılan bir birimdir. Kaç vergi payınız olduğunu öğrenmek için, bu bilginin genellikle yer aldığı vergi beyannamenize bakabilirsiniz.
tm-quel-est-le-revenu-fiscal-de = Anne babanızın en son vergi bildiriminde referans vergi geliri (RFR) ne kadar?
tm-si-vous-ne-connaissez-pas-le-2 = Anne babanızın RFR tutarını bilmiyorsanız simülasyona devam etmek için 0 yazın. Dikkat, bu durum simülasyon sonuçlarının doğruluğunu etkileyebilir.

## aides-jeunes: resources.ts

tm-revenus-d-activite = Çalışma gelirleri
tm-revenus-professionnels-non-salaries = Ücretli olmayan mesleki gelirler
tm-allocations = Ödenekler
tm-indemnites = Tazminatlar
tm-pensions-rentes = Emekli aylıkları ve iratlar
tm-revenus-du-patrimoine = Varlık gelirleri
tm-autres-revenus = Diğer gelirler
tm-salaire-dont-primes-et-indemnites-de = Maaş (primler ve sözleşme sonu tazminatları dahil)
tm-entrez-le-montant-avant-la-retenue = Kaynakta vergi kesintisinden önceki tutarı girin
tm-remuneration-de-stage = Staj ücreti
tm-revenus-de-stage-de-formation = Mesleki eğitim stajı gelirleri
tm-allocation-de-securisation = Mesleki güvence ödeneği (allocation de sécurisation professionnelle)
tm-prime-forfaitaire-mensuelle-pour-la = İşe dönüş için aylık sabit prim
tm-aides-au-logement-apl-als-alf = Konut yardımları (APL, ALS, ALF)
tm-allocations-familiales = Aile yardımları (allocations familiales)
tm-complement-familial-cf = Ek aile yardımı (CF)
tm-allocation-de-soutien-familial-asf = Aile destek yardımı (ASF)
tm-revenu-de-solidarite-active-rsa = Aktif dayanışma geliri (RSA)
tm-prime-dactivite = Çalışanlara gelir desteği (prime d’activité)
tm-allocation-de-solidarite-aux-personnes = Yaşlılar için dayanışma yardımı (ASPA)
tm-allocation-supplementaire-dinvalidite = Ek malullük ödeneği (ASI)
tm-allocation-de-solidarite-specifique-ass = Özel dayanışma ödeneği (ASS)
tm-allocation-adulte-handicape-aah = Engelli yetişkinler yardımı (AAH)
tm-complement-de-ressources-adulte = Engelli yetişkinler için gelir tamamlayıcı
tm-contrat-engagement-jeune = Gençler için taahhüt sözleşmesi (contrat engagement jeune)
tm-majoration-pour-vie-autonome-mva = Bağımsız yaşam zammı (MVA)
tm-allocation-deducation-de-lenfant = Engelli çocuğun eğitim yardımı (AEEH)
tm-prestation-de-compensation-du-handicap = Engellilik tazmin ödeneği (PCH)
tm-prestation-daccueil-du-jeune-enfant-paje = Küçük çocuk yardımı (PAJE) - Temel ödenek
tm-complement-de-libre-choix-dactivite-clca = Serbest çalışma seçimi tamamlayıcı ödeneği (CLCA)
tm-prestation-partagee-deducation-de = Çocuk eğitimi için paylaşılan ödenek (PreParE)
tm-indemnites-de-maternite-paternite = Doğum, babalık, evlat edinme ödenekleri
tm-indemnites-maladie = Hastalık ödenekleri
tm-indemnites-maladie-professionnelle = Meslek hastalığı ödenekleri
tm-indemnites-daccident-du-travail = İş kazası ödenekleri
tm-indemnites-dactivite-partielle = Kısmi çalışma ödenekleri (activité partielle)
tm-indemnites-de-volontariat = Gönüllülük ödenekleri
tm-dedommagement-aux-victimes-de-lamiante = Asbest mağdurlarına tazminat
tm-pension-alimentaire = Nafaka
tm-pension-alimentaire-versee = Ödenen nafaka
tm-prestation-compensatoire-suite-a = Tazminat (ayrılık sonrası, prestation compensatoire)
tm-retraite-y-compris-reversion-rente = Emekli aylığı (dul ve yetim aylığı dahil), irat
tm-rente-s-d-education-d-orphelin = Eğitim, yetim irat(lar)ı…
tm-retraite-du-combattant = Gazi aylığı
tm-pension-dinvalidite = Malullük aylığı
tm-bourse-de-lenseignement-superieur = Yükseköğrenim bursu
tm-bourse-de-recherche = Araştırma bursu
tm-bourse-du-lycee = Lise bursu
tm-gains-exceptionnels-dons-gains-aux-jeux = Olağanüstü kazançlar (bağışlar, şans oyunu kazançları, miras)
tm-revenus-locatifs-terrains-appartements = Kira gelirleri (arsalar, daireler, SCI…)
tm-revenus-du-capital-interets-plus-values = Sermaye gelirleri (faizler, değer artışları, temettüler…)
tm-via-une-micro-entreprise-achat-revente = Mikro işletme aracılığıyla (alım/satım veya konaklama sağlama)
tm-via-une-micro-entreprise-autre-activite = Mikro işletme aracılığıyla (diğer ticari faaliyet, BIC)
tm-via-une-micro-entreprise-activite = Mikro işletme aracılığıyla (serbest meslek ve/veya entelektüel faaliyet (BNC))
tm-en-tant-qu-exploitant-agricole = Tarım işletmecisi olarak (exploitant agricole)
tm-en-profession-liberale-entrepreneur = Serbest meslek sahibi olarak (girişimci)
tm-revenus-dactivite-connus = Bilinen çalışma gelirleri
tm-autres-revenus-imposables-preretraite = Diğer vergiye tabi gelirler (erken emeklilik, işsizlik)
tm-pensions-retraites-rentes = Emekli aylıkları, emeklilik gelirleri, iratlar
tm-frais-reels-deductibles = İndirilebilir gerçek giderler
tm-revenus-fonciers-nets = Net gayrimenkul gelirleri
tm-valeur-de-vos-biens-loues = Kiraya verdiğiniz mülklerin değeri
tm-valeur-de-vos-terrains-non-loues = Kiraya vermediğiniz arsaların değeri
tm-valeur-locative-terrains-non-loues = Kiraya verilmeyen arsaların kira değeri
tm-valeur-de-vos-biens-immobiliers-non = Kiraya vermediğiniz gayrimenkullerin değeri
tm-valeur-locative-immobilier-non-loue = Kiraya verilmeyen gayrimenkulün kira değeri
tm-epargne-sur-livret-a = Livret A hesabındaki birikim
tm-epargne-aux-revenus-non-imposables = Geliri vergiye tabi olmayan birikim
tm-epargne-aux-revenus-imposables = Geliri vergiye tabi birikim

## aides-jeunes: components

tm-ex-caf-du-loiret = Örnek: CAF du Loiret
tm-id-de-la-simulation = Simülasyon kimliği (ID)
tm-email-de-l-utilisateur = Kullanıcının e-posta adresi

## dsfr: component/checkbox

tm-libelle-checkbox = Onay kutusu etiketi
tm-libelle-checkbox-sub-et-sup = Onay kutusu etiketi sub ve sup
tm-libelle-case-a-cocher = Onay kutusu etiketi
tm-theme-clair = Açık tema
tm-theme-sombre = Koyu tema
tm-systeme = Sistem ayarı
tm-legende-pour-lensemble-des-elements = Öğelerin tümü için başlık
tm-choisissez-un-theme-pour-personnaliser = Sitenin görünümünü kişiselleştirmek için bir tema seçin.
tm-texte-de-description-additionnel = Ek açıklama metni
tm-utilise-les-parametres-systeme = Sistem ayarlarını kullanır
tm-extrait-de-code = Kod parçası
tm-libelle-bouton = Düğme etiketi
tm-texte-derreur-obligatoire = Zorunlu hata metni
tm-la-case-a-cocher-permet-a = Onay kutusu, kullanıcının bir listeden bir veya birden fazla seçeneği seçmesini sağlar. Çoklu seçim yapmak (0 ile N arasında öğe) ya da kullanıcı tek bir seçeneği işaretleyip işaretini kaldırabildiğinde iki seçenekli bir seçim sunmak için kullanılır.
tm-dsfr-v1-15-3 = DSFR v1.15.3
tm-retour = Geri
tm-case-a-cocher-checkbox = Onay kutusu (checkbox)
tm-case-a-cocher-seule = Tek onay kutusu
tm-case-a-cocher-seule-exemple-avec = Tek onay kutusu, alt simge ve üst simge örneği
tm-case-a-cocher-avec-texte-daide = Yardım metinli onay kutusu
tm-case-a-cocher-seule-validee = Tek onay kutusu, doğrulanmış
tm-case-a-cocher-seule-avec-erreur = Hatalı tek onay kutusu
tm-case-a-cocher-seule-indeterminee = Tek onay kutusu, belirsiz durum
tm-ensemble-de-cases-a-cocher = Onay kutusu grubu
tm-ensemble-de-cases-a-cocher-petite = Onay kutusu grubu, küçük boyut
tm-ensemble-de-cases-a-cocher-desactivees = Devre dışı onay kutusu grubu
tm-ensemble-de-cases-a-cocher-en = Yan yana onay kutusu grubu
tm-ensemble-de-cases-a-cocher-avec = Yardım metinli onay kutusu grubu
tm-ensemble-de-cases-a-cocher-avec-2 = Hatalı onay kutusu grubu
tm-ensemble-de-cases-a-cocher-validees = Doğrulanmış onay kutusu grubu
tm-ensemble-de-cases-a-cocher-avec-3 = Hatalı onay kutusu grubu, yan yana
tm-ensemble-de-cases-a-cocher-validees-2 = Doğrulanmış onay kutusu grubu, yan yana
tm-ensemble-de-cases-a-cocher-avec-4 = Kendi yardım metni olan onay kutusu grubu
tm-ensemble-de-cases-a-cocher-avec-5 = Kendi yardım metni olan onay kutusu grubu, küçük boyut
tm-autres-versions = Diğer sürümler
tm-parametres-daffichage = Görüntü ayarları

## dsfr: component/input

tm-libelle-champ-de-saisie = Giriş alanı etiketi
tm-envoyer = Gönder
tm-supprimer-le-champ = Alanı sil
tm-placeholder = Yer tutucu metin
tm-champ-de-saisie-input = Giriş alanı (input)
tm-les-champs-permettent-a-un-utilisateur = Alanlar, kullanıcının içerik ve veri girmesini sağlar.
tm-champ-de-type-text = "text" türünde alan
tm-champ-de-type-number = "number" türünde alan
tm-champ-de-type-search = "search" türünde alan
tm-champ-de-type-date = "date" türünde alan
tm-preferez-l-utilisation-du-modele-de = Tek Tarih bloğu modelini kullanmayı tercih edin
tm-champ-de-type-textarea = "textarea" türünde alan
tm-champ-de-type-password = "password" türünde alan
tm-preferez-l-utilisation-du-composant-mot = Şifre bileşenini kullanmayı tercih edin
tm-combo-champ-bouton-d-envoi = Alan ve gönderme düğmesi birlikte
tm-combo-champ-bouton-d-action = Alan ve işlem düğmesi birlikte
tm-champ-avec-placeholder = Yer tutucu metinli alan (placeholder)
tm-champ-avec-valeur-initiale = Başlangıç değerli alan
tm-champ-avec-icone-personalisee = Özel simgeli alan
tm-champ-desactive = Devre dışı alan
tm-champ-avec-texte-additionnel = Ek metinli alan
tm-champ-valide-avec-texte-de-succes = Başarı metinli geçerli alan
tm-champ-en-erreur-avec-texte-d = Hata metinli hatalı alan

## dsfr: component/password

tm-caracteres-minimum = En az { $n } karakter
tm-la-demande-de-mot-de-passe = Şifre isteme bileşeni, kullanıcının şifre oluşturmasına veya girmesine yardımcı olur.
tm-mot-de-passe-password = Şifre (password)
tm-mot-de-passe-avec-description = Açıklamalı şifre
tm-mot-de-passe-apres-validation = Doğrulamadan sonra şifre
tm-mot-de-passe-de-connexion = Giriş şifresi

## dsfr: component/radio

tm-libelle-bouton-radio = Radyo düğmesi etiketi
tm-libelle-radio-sup-sub = Radyo düğmesi etiketi sup sub
tm-le-bouton-radio-permettent-a = Radyo düğmesi, kullanıcının bir listeden yalnızca tek bir seçenek seçmesini sağlar.
tm-bouton-radio-radio = Radyo düğmesi (radio)
tm-bouton-radio-simple = Basit radyo düğmesi
tm-ensemble-de-boutons-radio = Radyo düğmesi grubu
tm-ensemble-de-boutons-radio-petite-taille = Radyo düğmesi grubu, küçük boyut
tm-ensemble-de-boutons-radio-desactivees = Devre dışı radyo düğmesi grubu
tm-ensemble-de-boutons-radio-en-ligne = Yan yana radyo düğmesi grubu
tm-ensemble-de-boutons-radio-avec-texte = Yardım metinli radyo düğmesi grubu
tm-ensemble-de-boutons-radio-avec-erreur = Hatalı radyo düğmesi grubu
tm-ensemble-de-boutons-radio-avec-erreur-2 = Hatalı radyo düğmesi grubu, yan yana
tm-ensemble-de-boutons-radio-valides = Doğrulanmış radyo düğmesi grubu
tm-ensemble-de-boutons-radio-valides-en = Doğrulanmış radyo düğmesi grubu, yan yana
tm-ensemble-de-boutons-radio-avec-texte-2 = Kendi yardım metni olan radyo düğmesi grubu
tm-ensemble-de-boutons-radio-avec-texte-3 = Kendi yardım metni olan radyo düğmesi grubu, küçük boyut
tm-ensemble-de-boutons-radio-libelle-en = Radyo düğmesi grubu, alt simge ve üst simgeli etiket
tm-bouton-radio-riche = Zengin radyo düğmesi
tm-ensemble-de-boutons-radio-riches-simple = Zengin radyo düğmesi grubu, basit
tm-ensemble-de-boutons-radio-riches-en = Zengin radyo düğmesi grubu, yan yana, basit
tm-ensemble-de-boutons-radio-riches-sans = Piktogramsız zengin radyo düğmesi grubu
tm-ensemble-de-boutons-radio-riches-sans-2 = Piktogramsız zengin radyo düğmesi grubu, yan yana
tm-ensemble-de-boutons-radio-riches-avec = Yardım metinli zengin radyo düğmesi grubu
tm-ensemble-de-boutons-radio-riches-avec-2 = Yardım metinli zengin radyo düğmesi grubu, yan yana
tm-ensemble-de-boutons-radio-riches-avec-3 = Hatalı ve yardım metinli zengin radyo düğmesi grubu
tm-ensemble-de-boutons-radio-riches-avec-4 = Hatalı ve yardım metinli zengin radyo düğmesi grubu, yan yana
tm-ensemble-de-boutons-radio-riches = Devre dışı zengin radyo düğmesi grubu

## dsfr: component/select

tm-libelle-pour-liste-deroulante = Açılır liste etiketi
tm-option = Seçenek { $n }
tm-selectionnez-une-option = Bir seçenek seçin
tm-la-liste-deroulante-permet-a-un = Açılır liste, kullanıcının belirli bir listeden bir öğe seçmesini sağlar.
tm-liste-deroulante-select = Açılır liste (select)
tm-liste-deroulante-par-defaut = Varsayılan açılır liste
tm-liste-deroulante-desactivee = Devre dışı açılır liste
tm-liste-deroulante-avec-texte-de = Açıklama metinli açılır liste
tm-liste-deroulante-valide = Geçerli açılır liste
tm-liste-deroulante-erreur = Hatalı açılır liste
tm-liste-deroulante-avec-groupe-d-options = Seçenek gruplu açılır liste

## dsfr: component/upload

tm-ajouter-un-fichier = Dosya ekle
tm-ajouter-des-fichiers = Dosyalar ekle
tm-ce-composant-permet-aux-utilisateurs-de = Bu bileşen, kullanıcıların bir veya birden fazla dosya seçip göndermesini sağlar.
tm-ajout-de-fichier-upload = Dosya ekleme (upload)
tm-bouton-upload-1-seul-fichier = Yalnızca 1 dosya için yükleme düğmesi
tm-bouton-upload-avec-erreur = Hatalı yükleme düğmesi
tm-bouton-upload-fichiers-multiples = Birden fazla dosya için yükleme düğmesi
tm-bouton-upload-desactive = Devre dışı yükleme düğmesi

## dsfr: layout/page/login/1-default

tm-connexion-a-nom-de-service-site = [Hizmet veya site adı] girişi
tm-format-attendu = İstenen biçim: { $email }
tm-franceconnect-est-la-solution-proposee-2 = FranceConnect, çevrimiçi hizmetlere girişi güvenli ve kolay hâle getirmek için devletin sunduğu çözümdür.
tm-se-connecter-avec-franceconnect = FranceConnect ile giriş yap
tm-vous-navez-pas-de-compte = Hesabınız yok mu?

## dsfr: layout/page/login/2-error

tm-identifiant-mot-de-passe-incorrect = Kullanıcı adı veya şifre yanlış

## dsfr: layout/page/login/3-recover/3a-form

tm-recuperer-le-mot-de-passe-de = Hesabınızın şifresini kurtarın
tm-description-veuillez-saisir-ladresse = Açıklama — Lütfen hesabınıza bağlı e-posta adresini girin. Şifrenizi nasıl sıfırlayacağınız hakkında size daha fazla bilgi göndereceğiz
tm-recuperation-de-mot-de-passe-sur = [Hizmet veya site adı] üzerinde şifre kurtarma

## dsfr: layout/page/login/3-recover/3b-confirmation

tm-detail-si-vous-navez-pas-recu = Ayrıntı — E-posta almadıysanız (istenmeyen e-posta klasörünüze bakmayı unutmayın), e-posta adresinizi yeniden girebilirsiniz.
tm-votre-demande-de-recuperation-de-mot = Şifre kurtarma talebiniz iletildi. Birkaç dakika içinde bir e-posta alacaksınız.

## dsfr: layout/page/login/3-recover

tm-pages-de-connexion = Giriş sayfaları

## dsfr: layout/page/register/1-single

tm-creation-de-compte-sur-nom-de = [Hizmet veya site adı] üzerinde hesap oluşturma
tm-se-creer-un-compte-en-choisissant = Bir kullanıcı adı seçerek hesap oluşturun
tm-sauf-mention-contraire-tous-les-champs = Aksi belirtilmedikçe tüm alanlar zorunludur.

## dsfr: layout/page/register/2-steps/2a-login

tm-choisir-un-identifiant = Kullanıcı adı seçin
tm-etape-sur = Adım { $n } / { $count }
tm-etape-suivante-renseigner-une-identite = Sonraki adım: Kimlik bilgilerini girin

## dsfr: layout/page/register/2-steps/2b-identity

tm-feminin = Kadın
tm-masculin = Erkek
tm-je-n-ai-pas-de-prenom = Adım yok
tm-identite-personnelle = Kişisel kimlik bilgileri
tm-sexe = Cinsiyet
tm-renseigner-une-identite = Kimlik bilgilerini girin
tm-etape-suivante-saisir-des-coordonnees = Sonraki adım: İletişim bilgilerini girin

## dsfr: layout/page/register/2-steps/2c-address

tm-complement-dadresse-optionnel = Ek adres bilgisi (isteğe bağlı)
tm-coordonnees-personnelles = Kişisel iletişim bilgileri
tm-adresse-postale = Posta adresi
tm-indication-numero-et-voie = İpucu: kapı numarası ve sokak
tm-indication-batiment-immeuble-escalier-et = İpucu: blok, bina, merdiven ve daire numarası
tm-exemple-montpellier = Örnek: Montpellier
tm-saisir-des-coordonnees = İletişim bilgilerini girin

## dsfr: layout/page/register/2-steps

tm-pages-de-creation-de-compte = Hesap oluşturma sayfaları

## dsfr: layout/page/register/3-confirmation/3a-create

tm-votre-compte-a-bien-ete-cree = Hesabınız oluşturuldu. Birkaç dakika içinde onay bağlantısı içeren bir e-posta alacaksınız.

## dsfr: layout/page/register/3-confirmation/3b-activate

tm-votre-compte-a-bien-ete-active = Hesabınız etkinleştirildi. Hemen kullanmaya başlayabilirsiniz.

## dsfr: layout/pattern/address

tm-lieu-dit-commune-deleguee-ou-boite = Mevki (lieu-dit), bağlı belde veya posta kutusu
tm-numero = Numara
tm-voie = Sokak
tm-batiment = Blok
tm-immeuble = Bina
tm-escalier = Merdiven
tm-numero-d-appartement = Daire numarası
tm-complement-d-adresse-postale = Ek posta adresi bilgisi
tm-la-demande-dadresse-postale-permet = Posta adresi isteme bileşeni, kullanıcının adresini girmesine yardımcı olur.
tm-bloc-fonctionnel-d-adresse-postale = Posta adresi işlev bloğu (address)
tm-demande-dune-adresse-postale-nationale = Fransa'daki bir posta adresinin istenmesi
tm-demande-dune-adresse-postale-nationale-2 = Fransa'daki bir posta adresinin istenmesi + mevki, bağlı belde veya posta kutusu
tm-complement-d-adresse = Ek adres bilgisi

## dsfr: layout/pattern/civility

tm-docteur = Doktor
tm-inspecteur = Müfettiş
tm-sans-reponse = Yanıt yok
tm-titre-dappel = Hitap şekli
tm-demande-de-situation-familiale = Medeni durumun istenmesi
tm-demande-du-titre-dappel = Hitap şeklinin istenmesi
tm-concubinage = Evlilik dışı birlikte yaşama
tm-pacse = Sivil birliktelik (PACS) yapmış
tm-marie = Evli
tm-veuf = Dul
tm-divorce = Boşanmış
tm-recteur = Rektör
tm-proviseur = Lise müdürü
tm-professeur = Öğretmen
tm-principal = Ortaokul müdürü
tm-la-demande-de-civilite-permet-a = Hitap bilgisi isteme bileşeni, kullanıcının kişisel durumunu (cinsiyet, medeni durum, hitap şekli) belirtmesini sağlar.
tm-les-boutons-radios-sont-recommandes = Kullanıcı 2 ile 5 arasındaki olası seçenekten birini seçmek zorundaysa radyo düğmeleri önerilir.
tm-au-dela-de-5-choix-ou = 5'ten fazla seçenek olduğunda veya yer yetmediğinde açılır liste kullanmak daha iyidir.
tm-bloc-fonctionnel-de-civilite-civility = Hitap bilgisi işlev bloğu (civility)
tm-demande-du-sexe = Cinsiyetin istenmesi

## dsfr: layout/pattern/company

tm-numero-de-siret = SIRET numarası
tm-denomination = Şirket unvanı
tm-cedex = Cedex (özel posta kodu)
tm-type-de-societe = Şirket türü
tm-nom-d-usage = Kullanılan soyadı
tm-nom-de-naissance = Doğumdaki soyadı
tm-fonction-dans-la-societe = Şirketteki görevi
tm-siret-de-l-entreprise = Şirketin SIRET numarası
tm-representant-moral-de-l-entreprise = Şirketin yasal temsilcisi
tm-indication-nom-de-famille-non-rectifie = İpucu: mahkeme kararından sonra düzeltilmemiş soyadı.
tm-france = Fransa
tm-allemagne = Almanya
tm-italie = İtalya
tm-espagne = İspanya
tm-royaume-uni = Birleşik Krallık
tm-entrepreneur-individuel-ei = Şahıs işletmesi (EI)
tm-entreprise-unipersonnelle-a = Tek ortaklı limited şirket (EURL)
tm-societe-a-responsabilite-limitee-sarl = Limited şirket (SARL)
tm-societe-par-actions-simplifiee = Tek ortaklı basitleştirilmiş anonim şirket (SASU)
tm-societe-par-actions-simplifiee-sas = Basitleştirilmiş anonim şirket (SAS)
tm-societe-anonyme-sa = Anonim şirket (SA)
tm-societe-en-nom-collectif-snc = Kollektif şirket (SNC)
tm-societe-en-commandite-simple-scs = Adi komandit şirket (SCS)
tm-societe-en-commandite-par-actions-sca = Sermayesi paylara bölünmüş komandit şirket (SCA)
tm-la-demande-de-renseignement-sur-la = Şirket bilgisi isteme bileşeni, kullanıcının şirketiyle ilgili bilgileri girmesine yardımcı olur.
tm-bloc-fonctionnel-de-societe-company = Şirket işlev bloğu (company)
tm-demande-d-un-numero-de-siret = SIRET numarasının istenmesi
tm-demande-dune-adresse-de-siege-social = Merkez adresinin istenmesi
tm-demande-dun-type-de-societe = Şirket türünün istenmesi
tm-demande-dun-representant-moral = Yasal temsilcinin istenmesi

## dsfr: layout/pattern/date

tm-indication-texte-de-description = İpucu: ek açıklama metni
tm-exemple-2 = Örnek: { $n }
tm-le-jour-est-invalide = Gün geçersiz
tm-le-mois-est-invalide = Ay geçersiz
tm-lannee-est-invalide = Yıl geçersiz
tm-la-date-est-posterieure-a-aujourdhui = Tarih bugünden sonra
tm-le-champ-de-saisie-de-date = Sabit tarih giriş alanı üç metin giriş alanından oluşur.
tm-bloc-fonctionnel-de-date-unique-date = Tek tarih işlev bloğu (date)
tm-defaut = Varsayılan
tm-erreur-unitaire = Tek alan hatası
tm-erreur-globale = Genel hata

## dsfr: layout/pattern/email

tm-indication-cette-adresse-est-utilisee = İpucu: bu adres yalnızca hizmete giriş için kullanılır.
tm-le-format-de-ladresse-electronique = Girilen e-posta adresinin biçimi geçerli değil. İstenen biçim: { $email }
tm-la-demande-d-email-est-un = E-posta isteme bileşeni, bir e-posta adresi girmeye yarayan bir işlev bloğudur.
tm-bloc-fonctionnel-de-demande-d-email = E-posta isteme işlev bloğu (email)
tm-demande-d-une-adresse-electronique = E-posta adresinin istenmesi
tm-demande-d-une-adresse-electronique-2 = E-posta adresinin istenmesi - Hata
tm-demande-et-indication-de-traitement-dune = E-posta adresinin istenmesi ve nasıl kullanılacağının belirtilmesi
tm-demande-et-indication-de-traitement-dune-2 = E-posta adresinin istenmesi ve nasıl kullanılacağının belirtilmesi - Hata

## dsfr: layout/pattern/name

tm-indication-ancien-nom = İpucu: eski soyadı…
tm-ajouter-un-prenom = Ad ekle
tm-la-demande-de-nom-et-prenom = Soyadı ve ad isteme bileşeni, kullanıcının soyadını ve adını girmesine yardımcı olur.
tm-bloc-fonctionnel-de-nom-et-prenom = Soyadı ve ad işlev bloğu (name)
tm-demande-dun-nom-et-dun-prenom = Fransa'da soyadı ve adın istenmesi
tm-avec-prenom-desactive = Ad alanı devre dışı
tm-avec-nom-d-usage = Kullanılan soyadıyla
tm-avec-nom-d-usage-prenom-desactive = Kullanılan soyadıyla + ad alanı devre dışı
tm-avec-bouton = Düğmeli
tm-avec-bouton-prenom-desactive = Düğmeli + ad alanı devre dışı
tm-demande-dun-nom-et-dun-prenom-2 = Uluslararası biçimde soyadı ve adın istenmesi

## dsfr: layout/pattern/nationality

tm-nationalite = Uyruk
tm-allemande = Alman
tm-italienne = İtalyan
tm-espagnole = İspanyol
tm-la-demande-de-nationalite-permet-daider = Uyruk isteme bileşeni, kullanıcının uyruğunu girmesine yardımcı olur.
tm-bloc-fonctionnel-de-nationalite = Uyruk işlev bloğu (nationality)
tm-demande-de-nationalite = Uyruğun istenmesi

## dsfr: layout/pattern/tel

tm-numero-de-telephone = Telefon numarası
tm-format-attendu-33-5-36-49 = İstenen biçim: (+33) 5 36 49 68 27
tm-le-format-de-numero-de-telephone = Girilen telefon numarasının biçimi geçerli değil. İstenen biçim: (+33) 5 36 49 68 27
tm-la-demande-de-numero-de-telephone = Telefon numarası isteme bileşeni, bir telefon numarası girmeye yarayan bir işlev bloğudur.
tm-bloc-fonctionnel-de-telephone-tel = Telefon işlev bloğu (tel)
tm-demande-d-un-numero-de-telephone = Telefon numarasının istenmesi
tm-demande-d-un-numero-de-telephone-2 = Telefon numarasının istenmesi - Hata

## app: react-demarche

tm-demande-de-titre-de-sejour-vie = Oturma izni başvurusu – özel ve aile hayatı
tm-identite-et-situation-familiale = Kimlik ve medeni durum
tm-les-champs-suivis-dun-asterisque-sont = Yıldız işaretli ( * ) alanlar zorunludur.
tm-si-vous-avez-plusieurs-prenoms-indiquez = Birden fazla adınız varsa hepsini virgülle ayırarak yazın.
tm-algerienne = Cezayirli
tm-afghane = Afgan
tm-erythreenne = Eritreli
tm-georgienne = Gürcü
tm-ukrainienne = Ukraynalı
tm-votre-situation-a-la-date-de = Başvuru tarihindeki durumunuz
tm-avez-vous-des-enfants-a-charge = Bakmakla yükümlü olduğunuz çocuklar var mı?
tm-nom-et-prenom-du-conjoint = Eşin soyadı ve adı
tm-date-du-mariage = Evlilik tarihi
tm-date-de-conclusion-du-pacs = PACS (sivil birliktelik) yapılma tarihi
tm-ajouter-un-enfant = Çocuk ekle
tm-enfant-n = Çocuk { $numero }
tm-prenom-de-lenfant = Çocuğun adı
tm-date-de-naissance-de-lenfant = Çocuğun doğum tarihi
tm-supprimer-lenfant-n = { $numero } numaralı çocuğu kaldır
tm-etape-suivante-recapitulatif = Sonraki adım: Özet
tm-exemple-06-12-34-56-78 = Örnek: 06 12 34 56 78
tm-10-chiffres-il-figure-sur-votre = 10 rakam, oturma izninizde veya başvuru alındı belgenizde (récépissé) yazar
tm-jatteste-sur-lhonneur-lexactitude-des = Verilen bilgilerin doğru olduğunu şerefim üzerine beyan ederim
tm-une-erreur-est-survenue-votre-dossier = Bir hata oluştu Dosyanız teslim edilemedi. İşaretlenen alanları düzeltin, ardından dosyanızı yeniden teslim edin.
tm-le-champ-adresse-electronique-est = “E-posta adresi” (“Adresse électronique”) alanı geçersiz. Geçerli bir e-posta adresi girin, örneğin nom@domaine.fr
tm-le-champ-numero-etranger-doit-comporter = “Yabancı numarası” (“Numéro étranger”) alanı 10 rakamdan oluşmalıdır
tm-recapitulatif = Özet
tm-votre-dossier-a-bien-ete-depose = Dosyanız teslim edildi
tm-un-courriel-de-confirmation-vous-a = { $email } adresinize bir onay e-postası gönderildi.
tm-enfants-a-charge = Bakmakla yükümlü olunan çocuklar

## app: vue-rdv

tm-prise-de-rendez-vous-guichet-titres = Randevu alma – Oturma izinleri gişesi
tm-vous-pouvez-prendre-rendez-vous-au = Préfecture'ün “Oturma izinleri” (“Titres de séjour”) gişesinden randevu alabilirsiniz. Başlamadan önce hizmetin kullanım koşullarını okuyun: kişi başına yalnızca bir randevu, eksik her talep iptal edilecektir.
tm-jaccepte-les-conditions-generales = Genel kullanım koşullarını kabul ediyorum
tm-vos-informations = Bilgileriniz
tm-choisissez-le-motif-qui-correspond-a = Durumunuza uyan nedeni seçin
tm-remise-de-titre-de-sejour = Oturma izninin teslim alınması
tm-premiere-demande-de-titre-de-sejour = İlk oturma izni başvurusu – öğrenci
tm-renouvellement-de-titre-de-sejour = Oturma izni yenileme – maaşlı çalışan
tm-duplicata-de-titre-de-sejour-perte = Oturma izni ikinci nüshası (kayıp veya çalıntı)
tm-changement-dadresse-sur-le-titre-de = Oturma iznindeki adres değişikliği
tm-tel-quil-figure-sur-votre-passeport = Pasaportunuzda yazdığı gibi
tm-la-convocation-vous-sera-envoyee-a = Randevu çağrı yazısı (convocation) bu adrese gönderilecektir
tm-etape-suivante = Sonraki adım
tm-veuillez-choisir-le-motif-de-votre = Lütfen randevunuzun nedenini seçin
tm-ce-champ-est-obligatoire = Bu alan zorunludur
tm-veuillez-saisir-une-adresse-electronique = Lütfen geçerli bir e-posta adresi girin
tm-le-numero-etranger-comporte-10-chiffres = Yabancı numarası 10 rakamdan oluşur
tm-recommencer = Baştan başla

## app: angularjs-caf

tm-declarez-les-ressources-percues-par-2 = Hane halkınızın son üç ayda aldığı gelirleri beyan edin. Bu beyan yapılmazsa RSA veya prime d’activité (çalışanlara gelir desteği) ödemeniz durdurulacaktır.
tm-7-chiffres-il-figure-sur-tous = 7 rakam, Caf'tan gelen tüm mektuplarınızda yazar
tm-avez-vous-percu-des-salaires-au = Bu üç aylık dönemde maaş aldınız mı?
tm-votre-situation-familiale-a-t-elle = Medeni durumunuz değişti mi?
tm-indiquez-le-montant-net-avant = Kaynakta vergi kesintisinden önceki net tutarı girin; o ay hiçbir şey almadıysanız 0 yazın.
tm-montant-des-salaires-percus-mois-en = Alınan maaş tutarı – ay { $n } (euro olarak)
tm-salaire-net-primes-comprises = Primler dahil net maaş
tm-nature-du-changement = Değişikliğin türü
tm-choisissez = Seçin…
tm-mariage = Evlilik
tm-pacs = PACS (sivil birliktelik)
tm-vie-en-couple = Çift olarak birlikte yaşama
tm-separation = Ayrılık
tm-naissance-ou-arrivee-dun-enfant = Bir çocuğun doğumu veya aileye katılması
tm-deces-du-conjoint = Eşin ölümü
tm-date-du-changement = Değişikliğin tarihi
tm-a-savoir-la-date-figure-sur = Bilmeniz gereken: tarih, değişikliği gösteren resmi kayıtta veya belgede yazar (GG/AA/YYYY).
tm-le-numero-allocataire-comporte-7 = Yardım alan numarası 7 rakamdan oluşur.
tm-indiquez-un-montant-en-euros-par = Euro olarak bir tutar girin, örneğin 1250 veya 0.
tm-la-date-doit-etre-au-format = Tarih GG/AA/YYYY biçiminde olmalıdır.
tm-votre-declaration-contient-erreurs = Beyanınızda { $n } hata var.
tm-envoi-de-votre-declaration-en-cours = Beyanınız gönderiliyor…
tm-votre-declaration-a-bien-ete-enregistree = Beyanınız kaydedildi.

## app: rrweb-anef

tm-votre-session-a-expire-pour-des = Oturumunuzun süresi doldu Güvenlik nedeniyle oturumunuz kapatıldı. Lütfen yeniden giriş yapın.
tm-veuillez-saisir-votre-identifiant-votre = Lütfen kullanıcı adınızı girin: yabancı numaranız veya e-posta adresiniz.
