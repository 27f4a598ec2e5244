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

## rdv: devise

tm-votre-compte-a-ete-valide = Hesabınız onaylandı.
tm-vous-allez-recevoir-les-instructions = Hesabınızı onaylamak için gereken talimatları birkaç dakika içinde alacaksınız.
tm-si-votre-e-mail-existe-dans = E-posta adresiniz veri tabanımızda varsa, yakında hesabınızı onaylama talimatlarını içeren bir e-posta alacaksınız.
tm-votre-compte-a-ete-supprime = Hesabınız silindi!
tm-vous-avez-une-invitation-en-attente = Bekleyen bir davetiniz var. Kaydınızı tamamlamak için daveti kabul edin.
tm-votre-connexion-est-deja-active = Zaten giriş yapmış durumdasınız
tm-votre-compte-n-est-pas-encore = Hesabınız henüz etkinleştirilmedi.
tm-email-ou-mot-de-passe-incorrect = E-posta veya şifre yanlış.
tm-vous-avez-droit-a-une-tentative = Hesabınız kilitlenmeden önce bir deneme hakkınız kaldı.
tm-votre-compte-est-verrouille = Hesabınız kilitlendi.
tm-email-ou-mot-de-passe-invalide = E-posta veya şifre geçersiz.
tm-votre-session-est-expiree-veuillez-vous = Oturumunuzun süresi doldu. Devam etmek için lütfen yeniden giriş yapın.
tm-vous-devez-vous-connecter-ou-vous = Devam etmek için giriş yapmanız veya kaydolmanız gerekir.
tm-vous-devez-valider-votre-compte-pour = Devam etmek için hesabınızı onaylamanız gerekir.
tm-votre-invitation-n-est-pas-valide = Davetiniz geçerli değil.
tm-votre-mot-de-passe-a-ete = Şifreniz kaydedildi ve hesabınız etkinleştirildi.
tm-votre-mot-de-passe-a-ete-2 = Şifreniz kaydedildi.
tm-votre-invitation-a-ete-annulee = Davetiniz iptal edildi.
tm-lutilisateur-connecte-ne-correspond-pas = Giriş yapmış kullanıcı, davet edilen kullanıcıyla aynı değil. Çıkış yapıp tekrar deneyin.
tm-la-session-a-expire = Oturumun süresi doldu
tm-choisir-son-mot-de-passe = Şifrenizi seçin
tm-enregistrer = Kaydet
tm-ouvrir-l-app-mail = Mail uygulamasını aç
tm-inscription = Kayıt
tm-code-dinvitation = Davet kodu
tm-creer-son-compte = Hesabınızı oluşturun
tm-veuillez-cliquer-sur-le-lien-dans = Lütfen size az önce gönderilen e-postadaki bağlantıya tıklayın
tm-vous-avez-ete-invite-sur = { $name } hizmetine davet edildiniz
tm-bonjour = Merhaba { $email }
tm-vous-avez-ete-invite-sur-vous = { $name } hizmetine davet edildiniz. Bu daveti aşağıdaki bağlantıyla kabul edebilirsiniz.
tm-accepter-l-invitation = Daveti kabul et
tm-cette-invitation-est-valable-jusqu-au = Bu davet { $date } tarihine kadar geçerlidir.
tm-si-vous-n-acceptez-pas-cette = Bu daveti kabul etmiyorsanız bu e-postayı dikkate almayın. İzniniz olmadan hiçbir hesap oluşturulmayacaktır.
tm-instructions-de-confirmation = Onay talimatları
tm-instructions-pour-changer-le-mot-de = Şifre değiştirme talimatları
tm-instructions-pour-deverrouiller-le = Hesap kilidini açma talimatları
tm-votre-mot-de-passe-a-ete-3 = Şifreniz değiştirildi.
tm-nous-n-avons-pas-pu-vous = Kimliğiniz { $kind } üzerinden doğrulanamadı: '{ $reason }'.
tm-authentifie-avec-succes-via = Kimliğiniz { $kind } üzerinden doğrulandı.
tm-vous-ne-pouvez-acceder-a-cette = Bu sayfaya yalnızca bir şifre sıfırlama e-postasındaki bağlantıyla erişebilirsiniz. Böyle bir e-posta kullandıysanız tam URL'yi kullandığınızdan emin olun.
tm-vous-allez-recevoir-les-instructions-de = Şifre sıfırlama talimatlarını birkaç dakika içinde alacaksınız
tm-si-votre-e-mail-existe-dans-2 = E-posta adresiniz veri tabanımızda varsa, e-postayla bir sıfırlama bağlantısı alacaksınız
tm-votre-mot-de-passe-a-ete-4 = Şifreniz değiştirildi, artık giriş yapmış durumdasınız
tm-votre-mot-de-passe-a-ete-5 = Şifreniz başarıyla değiştirildi.
tm-votre-compte-a-ete-supprime-avec = Hesabınız silindi. Sizi yakında yeniden görmeyi umuyoruz.
tm-bienvenue-votre-connexion-est-active = Hoş geldiniz, giriş yaptınız.
tm-votre-compte-est-bien-enregistre-vous = Hesabınız kaydedildi. Ancak hesabınız henüz etkinleştirilmediği için giriş yapamazsınız.
tm-votre-compte-est-bien-enregistre-vous-2 = Hesabınız kaydedildi. Ancak hesabınız kilitli olduğu için giriş yapamazsınız.
tm-un-message-contenant-un-lien-de = E-posta adresinize onay bağlantısı içeren bir mesaj gönderildi. Hesabınızı etkinleştirmek için bu bağlantıyı açın.
tm-votre-compte-a-bien-ete-mis = Hesabınız güncellendi, ancak yeni e-posta adresinizi doğrulamamız gerekiyor. Yeni adresinizin onayını tamamlamak için lütfen e-postalarınıza bakın ve onay bağlantısına tıklayın.
tm-votre-compte-a-ete-modifie-avec = Hesabınız değiştirildi.
tm-connexion-reussie = Giriş yapıldı.
tm-deconnexion-reussie = Çıkış yapıldı.
tm-mode-deconnecte = Oturum kapalı modu.
tm-vous-allez-recevoir-les-instructions-2 = Hesabınızın kilidini açma talimatlarını birkaç dakika içinde alacaksınız
tm-si-votre-compte-existe-vous-allez = Hesabınız varsa, yakında kilidini açma talimatlarını içeren bir e-posta alacaksınız.
tm-votre-compte-a-ete-deverrouille-avec = Hesabınızın kilidi açıldı, artık giriş yapmış durumdasınız.

## rdv: errors

tm-a-deja-ete-valide-e-veuillez = zaten onaylandı, lütfen giriş yapmayı deneyin
tm-a-confirmer-dans-les-merci-de = { $period } içinde onaylanmalıdır, lütfen yeni bir talepte bulunun
tm-a-expire-merci-d-en-faire = süresi doldu, lütfen yeni bir talepte bulunun
tm-n-a-pas-ete-trouve-e = bulunamadı
tm-n-etait-pas-verrouille-e = kilitli değildi
tm-une-erreur-a-empeche-ce-tte = Bir hata nedeniyle bu { $resource } kaydedilemedi:
tm-erreurs-ont-empeche-ce-tte-d = { $n } hata nedeniyle bu { $resource } kaydedilemedi:

## rdv: links

tm-espace-usager = Kullanıcı alanı
tm-je-n-ai-pas-recu-le = Onay e-postasını almadım
tm-je-n-ai-pas-recu-le-2 = Kilit açma e-postasını almadım

## rdv: activerecord

tm-la-validation-a-echoue = Doğrulama başarısız oldu: { $errors }

## rdv: errors

tm-doit-etre-accepte-e = kabul edilmelidir
tm-doit-etre-rempli-e = doldurulmalıdır
tm-ne-concorde-pas-avec = { $attribute } ile eşleşmiyor
tm-doit-etre-egal-a = { $n } değerine eşit olmalıdır
tm-doit-etre-pair = çift sayı olmalıdır
tm-n-est-pas-disponible = kullanılamıyor
tm-doit-etre-superieur-a = { $n } değerinden büyük olmalıdır
tm-doit-etre-superieur-ou-egal-a = { $n } değerinden büyük veya ona eşit olmalıdır
tm-n-est-pas-inclus-e-dans = listede yok
tm-doit-etre-inferieur-a = { $n } değerinden küçük olmalıdır
tm-doit-etre-inferieur-ou-egal-a = { $n } değerinden küçük veya ona eşit olmalıdır
tm-validation-echouee = Doğrulama başarısız: { $errors }
tm-n-est-pas-un-nombre = bir sayı değil
tm-doit-etre-un-nombre-entier = tam sayı olmalıdır
tm-doit-etre-impair = tek sayı olmalıdır
tm-doit-etre-different-de = { $n } değerinden farklı olmalıdır
tm-doit-etre-vide = boş olmalıdır
tm-doit-exister = var olmalıdır
tm-est-deja-utilise = zaten kullanılıyor
tm-est-trop-long-pas-plus-d = çok uzun (en fazla bir karakter)
tm-est-trop-long-pas-plus-de = çok uzun (en fazla { $n } karakter)
tm-est-trop-court-au-moins-un = çok kısa (en az bir karakter)
tm-est-trop-court-au-moins-caracteres = çok kısa (en az { $n } karakter)
tm-ne-fait-pas-la-bonne-longueur = uzunluğu doğru değil (tam olarak bir karakter olmalıdır)
tm-ne-fait-pas-la-bonne-longueur-2 = uzunluğu doğru değil ({ $n } karakter olmalıdır)
tm-veuillez-verifier-les-champs-suivants = Lütfen şu alanları kontrol edin:
tm-impossible-d-enregistrer-ce-tte-1 = Bu { $model } kaydedilemedi: 1 hata
tm-impossible-d-enregistrer-ce-tte-erreurs = Bu { $model } kaydedilemedi: { $n } hata

## rdv: helpers

tm-ajouter = Ekle
tm-modifier = Değiştir
tm-retirer = Kaldır
tm-reinitialiser = Sıfırla
tm-veuillez-selectionner = Lütfen seçin

## rdv: public_office

tm-sur-place = yerinde (yüz yüze)

## rdv: visio

tm-par-visioconference = görüntülü görüşmeyle

## rdv: phone

tm-par-telephone = telefonla

## rdv: home

tm-a-domicile = evde

## rdv: mailers

tm-a-bientot-lequipe = Görüşmek üzere, { $name } ekibi

## rdv: users

tm-un-creneau-vient-de-se-liberer = Az önce bir randevu saati boşaldı!
tm-rdv-confirme-le = { $date } randevusu onaylandı
tm-rdv-du-modifie = { $date } tarihli randevu değiştirildi
tm-rappel-rdv-le = [Hatırlatma] { $date } randevusu
tm-rdv-annule-le-avec = { $date } tarihli { $name } randevusu iptal edildi
tm-votre-rdv-du-a-ete-annule = { $date } tarihli “{ $motif }” randevunuz idari bir nedenle iptal edildi.
tm-votre-rdv-du-a-bien-ete = { $date } tarihli “{ $motif }” randevunuz isteğiniz üzerine iptal edildi.
tm-vous-pouvez-reprendre-un-rendez-vous = { $telephone_link } numarasını arayarak yeniden randevu alabilirsiniz.
tm-vous-pouvez-reprendre-un-rendez-vous-2 = Aşağıdaki bağlantıya tıklayarak yeniden randevu alabilirsiniz:
tm-reprendre-rdv = Yeniden randevu al

## rdv: attributes

tm-email = E-posta
tm-mot-de-passe-actuel = Mevcut şifre
tm-nom-de-la-commune = Belde adı
tm-responsable = Sorumlu kişi

## rdv: activerecord

tm-lieu = Yer
tm-rendez-vous-honore = Randevuya gelindi
tm-rendez-vous-a-venir = Yaklaşan randevu
tm-annule-a-linitiative-de-lusager = Kullanıcı tarafından iptal edildi
tm-annule-a-linitiative-du-service = Kurum tarafından iptal edildi
tm-caisse-d-affiliation = Bağlı olunan kurum (caisse)
tm-numero-d-allocataire = Yardım alan numarası
tm-nombre-d-enfants = Çocuk sayısı
tm-accepte-les-notifications-par-sms = SMS bildirimlerini kabul ediyor
tm-accepte-les-notifications-par-email = E-posta bildirimlerini kabul ediyor
tm-numero-de-pre-demande-ants = ANTS ön başvuru numarası
tm-sans-domicile-fixe = Sabit konutu yok
tm-heberge = Başkasının yanında kalıyor
tm-en-accession-a-la-propriete = Ev sahibi olma sürecinde (kredili alım)
tm-logement = Konut
tm-aucune = Yok
tm-proche = Yakın
tm-le-prenom-ne-peut-etre-change = Ad, FranceConnect tarafından doğrulandığı için değiştirilemez
tm-le-nom-de-naissance-ne-peut = Doğumdaki soyadı, FranceConnect tarafından doğrulandığı için değiştirilemez
tm-la-date-de-naissance-ne-peut = Doğum tarihi, FranceConnect tarafından doğrulandığı için değiştirilemez
tm-ce-mot-de-passe-fait-partie = Bu şifre sık kullanılan şifreler listesinde yer aldığı için hesabınızın güvenliğini sağlayamaz. Lütfen başka bir şifre seçin.
tm-pour-assurer-la-securite-de-votre = Hesabınızın güvenliği için şifreniz en az { $n } karakter olmalıdır
tm-doit-comporter-10-chiffres-et-lettres = 10 rakam ve harften oluşmalıdır
tm-n-a-pas-pu-etre-valide = beklenmeyen bir hata nedeniyle doğrulanamadı. Lütfen 30 saniye sonra tekrar deneyin.
tm-ce-numero-de-pre-demande-ants = Bu ANTS ön başvuru numarası { $meeting_point } yerindeki bir randevu için zaten kullanılıyor. Yeni randevu almadan önce lütfen o randevuyu iptal edin.

## rdv: simple_form

tm-saisissez-un-numero-a-10-chiffres = Fransa anakarasından veya denizaşırı bölgelerden 10 haneli bir numara ya da ülke koduyla uluslararası bir numara girin.
tm-pour-accelerer-votre-demarche-nous-vous = İşleminizi hızlandırmak için dosyanızı ANTS sitesinde önceden doldurmanızı ve ön başvuru numaranızı belirtmenizi kesinlikle öneririz.

## rdv: pundit

tm-vous-navez-pas-les-droits-suffisants = Bu sayfaya erişmek veya bu işlemi yapmak için yeterli yetkiniz yok

## rdv: rdvs

tm-le-duree-minutes = { $date } (süre: { $duration } dakika)
tm-aujourdhui-a-duree-minutes = Bugün saat { $date } (süre: { $duration } dakika)
tm-1-place-restante = 1 yer kaldı
tm-places-restantes = { $n } yer kaldı
tm-1-place = 1 yer
tm-places = { $n } yer

## rdv: simple_form

tm-merci-de-corriger-les-problemes-suivants = Lütfen şu sorunları düzeltin:

## rdv: users

tm-les-champs-d-etat-civil-nom = Nüfus bilgisi alanları (doğumdaki soyadı, adlar, doğum tarihi ve yeri) FranceConnect ile doğrulanmış girişten sonra artık değiştirilemez
tm-les-3-lettres-ne-correspondent-pas = Bu 3 harf soyadıyla eşleşmiyor.

## rdv: search

tm-1-lieu-est-disponible = 1 yer müsait
tm-lieux-sont-disponibles = { $n } yer müsait
tm-selectionnez-un-lieu-de-rdv = Bir randevu yeri seçin:
tm-prochaine-disponibilite-le = En yakın boş tarih:

## rdv: lieux

tm-vous-ne-semblez-pas-beneficier-dun = Bir destek veya takip programından yararlanmıyor görünüyorsunuz; lütfen başka bir neden seçin veya { $phone_number } numarasından département'ınızla iletişime geçin.

## rdv: common

tm-votre-adresse = Adresiniz
tm-votre-service = Hizmetiniz
tm-ex-21-rue-anatole-france-calais = örnek: 21 rue Anatole France, Calais
tm-modifier-l-adresse = Adresi değiştir
tm-choisissez-un-service = Bir hizmet seçin
tm-choisir-ce-service = Bu hizmeti seç
tm-le-service-que-vous-cherchez-n = Aradığınız hizmet listede yok mu?
tm-modifier-le-service = Hizmeti değiştir
tm-choisissez-un-motif = Bir neden seçin
tm-choisir-ce-motif = Bu nedeni seç

## rdv: users

tm-entrez-les-3-premieres-lettres-de = Soyadınızın ilk 3 harfini girin
tm-sophie-dupont-dup = Sophie Dupont: DUP yazın
tm-jean-de-la-fontaine-del = Jean De La Fontaine: DEL yazın
tm-edwige-xi-xi = Edwige Xi: XI yazın
tm-identification = Kimlik doğrulama
tm-choix-de-l-usager = Kullanıcı seçimi
tm-votre-rendez-vous-a-ete-confirme = Randevunuz onaylandı.
tm-ce-creneau-nest-plus-disponible-veuillez = Bu randevu saati artık müsait değil. Lütfen başka bir saat seçin.
tm-vous-allez-modifier-votre-rdv-qui = { $date } tarihindeki “{ $motif_name_and_service }” randevunuzu değiştirmek üzeresiniz
tm-mes-informations = Bilgilerim
tm-mes-proches = Yakınlarım
tm-aucun-proche = Yakın yok
tm-ajouter-un-proche = Yakın ekle

## mdph: server

tm-identites = Kimlikler
tm-individus-et-organismes-concernes-par-la = Başvurunun ilgili olduğu kişiler ve kurumlar
tm-situations-particulieres = Özel durumlar
tm-etes-vous-dans-l-une-des = Aşağıdaki durumlardan birinde misiniz?
tm-vous-n-arrivez-plus-a-vivre = Artık evinizde yaşayamıyorsunuz
tm-expliquez-la-difficulte = Yaşadığınız zorluğu açıklayın
tm-votre-ecole-ne-peut-plus-vous = Okulunuz sizi artık kabul edemiyor
tm-votre-etablissement-ne-peut-plus-vous = Kaldığınız kurum sizi artık kabul edemiyor ve evinize dönemiyorsunuz
tm-vous-risquez-de-perdre-votre-travail = İşinizi kaybetme riskiniz var
tm-vous-sortez-d-hospitalisation-et-vous = Hastaneden çıkıyorsunuz ve evinize dönemiyorsunuz
tm-vous-commencez-bientot-une-nouvelle = Yakında yeni bir eğitime başlıyorsunuz
tm-precisez = Ayrıntı verin
tm-date-d-entree-prevue = Planlanan başlangıç tarihi
tm-vous-venez-de-trouver-un-emploi = Yeni bir iş buldunuz
tm-vous-arrivez-dans-moins-de-2 = Haklarınızın sona ermesine 2 aydan az kaldı (örn. AEEH, AAH, PCH, RQTH vb.)
tm-indiquez-le-s-droit-s-concerne = İlgili hak(lar)ı ve bitiş tarih(ler)ini belirtin
tm-vie-quotidienne = Günlük yaşam
tm-situation = Durum
tm-besoins = İhtiyaçlar
tm-attentes = Beklentiler
tm-vous-vivez = Kiminle yaşıyorsunuz
tm-seule = Yalnız
tm-avec-vos-parents-ou-l-un = Anne babanızla (veya biriyle)
tm-avec-vos-enfants-ou-l-un = Çocuklarınızla (veya biriyle)
tm-autre-situation = Başka bir durum
tm-ou-vivez-vous = Nerede yaşıyorsunuz?
tm-vous-avez-un-logement-independant = Kendinize ait bağımsız bir konutunuz var
tm-vous-vivez-dans-un-etablissement-medico = Tıbbi-sosyal bir kurumda veya bakım kurumunda yaşıyorsunuz
tm-precisez-le-nom-le-type-et = Adını, türünü ve yerini belirtin
tm-vous-etes-hebergee-au-domicile = Birinin evinde kalıyorsunuz
tm-vous-avez-deja-eu = Daha önce şunları yaşadınız:
tm-un-accident-cause-par-un-tiers = Başka birinin neden olduğu bir kaza
tm-un-accident-du-travail = Bir iş kazası
tm-un-autre-accident = Başka bir kaza
tm-suite-a-cet-accident-y-a = Bu kazadan sonra süren veya sonuçlanmış bir tazminat talebi var mı?
tm-aupres-de-quel-organisme = Hangi kuruma?
tm-vous-recevez = Şunları alıyorsunuz:
tm-une-aide-financiere-et-des-ressources = Maddi yardım ve gelir
tm-une-aide-technique-materielle-ou-de = Teknik yardım, malzeme yardımı veya ekipman
tm-une-aide-a-la-personne-avec = Kişisel yardım: size yardım eden biri var
tm-vous-recevez-les-aides-ressources-et = Aşağıdaki yardımları, gelirleri ve/veya ödenekleri alıyorsunuz:
tm-allocation-chomage-versee-par-pole = Pôle Emploi tarafından ödenen işsizlik ödeneği
tm-dans-les-12-mois-precedant-votre = Başvurunuzdan önceki 12 ay içinde şunları aldınız mı:
tm-un-revenu-d-activite = Çalışmadan elde edilen gelir
tm-des-indemnites-journalieres = Günlük ödenekler (hastalık parası)
tm-un-revenu-issu-d-une-activite = ESAT'ta çalışmadan elde edilen gelir
tm-vous-percevez-une-ou-plusieurs-des = Aşağıdaki yardımlardan birini veya birkaçını alıyorsunuz:
tm-une-pension-d-invalidite = Malullük aylığı
tm-une-autre-pension-de-ce-type = Bu türden başka bir aylık
tm-pension-des-deux-tiers-d-incapacite = Üçte iki aylığı, iş göremezlik aylığı vb.
tm-une-majoration-tierce-personne = Majoration Tierce Personne (üçüncü kişi yardımı ek ödemesi)
tm-une-allocation-supplementaire-d = Allocation Supplémentaire d'Invalidité (ek malullük ödeneği)
tm-une-rente-d-accident-ou-de = İş kazası veya meslek hastalığı için sürekli gelir (rant)
tm-une-prestation-complementaire-de-recours = Prestation Complémentaire de Recours à Tierce Personne (üçüncü kişi yardımı için ek ödenek)
tm-une-retraite-pour-inaptitude-dans-la = Kamu hizmetinde çalışamazlık nedeniyle emeklilik aylığı veya erken emeklilik aylığı
tm-depuis-le-2 = Hangi tarihten beri?
tm-connaissez-vous-votre-taux-d-ipp = IPP oranınızı (Incapacité Permanente Partielle, kalıcı kısmi iş göremezlik) biliyor musunuz?
tm-renseignez-ici-le-taux-qui-vous = Sağlık sigortasının (CPAM) size verdiği oranı buraya yazın
tm-taux-d-ipp-en = IPP oranı, % olarak
tm-vous-avez-indique-recevoir-une-aide = Teknik yardım, malzeme yardımı veya ekipman aldığınızı belirttiniz; bu yardım şudur:
tm-un-amenagement-de-logement = Konutun uyarlanması
tm-une-aide-animaliere = Yardımcı hayvan
tm-un-amenagement-de-vehicule = Aracın uyarlanması
tm-une-aide-technique-ex-barre-d = Teknik bir yardımcı araç (örn. tutunma barı, yürüteç vb.)
tm-vous-avez-indique-recevoir-une-aide-2 = Kişisel yardım aldığınızı belirttiniz; size yardım eden:
tm-votre-famille = Aileniz
tm-un-professionnel-de-soins-a-domicile = Evde bakım yapan bir profesyonel
tm-un-accompagnement-medico-social = Tıbbi-sosyal destek
tm-etes-vous-a-la-retraite = Emekli misiniz?
tm-depuis-quand = Ne zamandan beri?
tm-l-aspa-allocation-de-solidarite-pour = ASPA (Allocation de Solidarité pour les Personnes Agées, yaşlılar için dayanışma ödeneği)
tm-l-apa-allocation-personnalisee-d = APA (Allocation Personnalisée d'Autonomie, kişiye özel bağımsızlık ödeneği)
tm-vous-avez-demande-une-pension-de = Emeklilik aylığı için başvurdunuz
tm-du-fait-de-votre-handicap = Engeliniz nedeniyle:
tm-vous-exercez-une-activite = Yarı zamanlı çalışıyorsunuz
tm-precisez-la-quotite-en-pourcentage = Çalışma oranınızı yüzde olarak belirtin
tm-vous-avez-du-renoncer-a-votre = İşinizi bırakmak zorunda kaldınız
tm-du-fait-de-votre-handicap-recourez = Engeliniz nedeniyle size yardım etmesi için ücretli birini çalıştırıyor musunuz?
tm-frais-lies-au-handicap-et-restant = Engelle ilgili olup sizin ödemeniz gereken masraflar
tm-indiquez-les-frais-non-rembourses-ou = Sağlık sigortanızın veya tamamlayıcı sigortanızın (mutuelle) karşılamadığı ya da kısmen karşıladığı masrafları belirtin. Özellikle engeliniz nedeniyle size yardım etmesi için ücretli birini çalıştırıp çalıştırmadığınızı belirtin.
tm-vous-avez-besoin-d-aide-dans = Günlük yaşamınızda yardıma ihtiyacınız var:
tm-pour-regler-les-depenses-courantes-loyer = Günlük giderleri ödemek için (kira, enerji, giyim, yiyecek vb.)
tm-pour-gerer-votre-budget-et-repondre = Bütçenizi yönetmek ve yükümlülüklerinizi yerine getirmek için (resmi işlemler, sigortalar, vergiler vb.)
tm-pour-l-hygiene-corporelle-se-laver = Vücut temizliği için (yıkanmak, tuvalete gitmek)
tm-pour-vous-habiller-mettre-et-oter = Giyinmek için (giysilerinizi giymek, çıkarmak, seçmek vb.)
tm-pour-faire-les-courses = Alışveriş yapmak için
tm-pour-preparer-les-repas = Yemek hazırlamak için
tm-pour-prendre-les-repas = Yemek yemek için
tm-pour-faire-le-menage-et-l = Ev temizliği ve çamaşır bakımı için
tm-pour-prendre-soin-de-votre-sante = Sağlığınıza bakmak için (tedavi görmek, muayeneye gitmek vb.)
tm-autre-besoin = Başka bir ihtiyaç
tm-vous-avez-besoin-d-aide-pour = Bir yerden bir yere gitmek için yardıma ihtiyacınız var:
tm-pour-se-deplacer-dans-le-domicile = Ev içinde hareket etmek için
tm-pour-sortir-du-domicile-ou-y = Evden çıkmak veya eve girmek için
tm-pour-se-deplacer-a-l-exterieur = Ev dışında bir yere gitmek için
tm-pour-utiliser-un-vehicule = Araç kullanmak için
tm-pour-utiliser-les-transports-en-commun = Toplu taşımayı kullanmak için
tm-pour-partir-en-vacances = Tatile gitmek için
tm-utilisez-vous-les-transports-adaptes = Bir yere gitmek için bölgenizde sunulan engellilere uygun ulaşımı kullanıyor musunuz?
tm-vous-avez-besoin-d-aide-pour-2 = Sosyal yaşamınız için yardıma ihtiyacınız var:
tm-pour-communiquer-s-exprimer-se-faire = İletişim kurmak için (kendini ifade etmek, anlaşılmak)
tm-pour-avoir-des-activites-sportives-et = Spor ve boş zaman etkinlikleri yapmak için
tm-pour-les-relations-avec-les-autres = Başkalarıyla ilişkiler için
tm-pour-vous-occuper-de-votre-famille = Ailenizle ilgilenmek için
tm-pour-vous-accompagner-dans-votre-vie = Vatandaşlık yaşamınızda size eşlik etmek için (örn. oy kullanmak, dernek faaliyetleri vb.)
tm-pour-assurer-votre-securite = Güvenliğinizi sağlamak için
tm-quelles-sont-vos-attentes-pour-compenser = Engelinizi telafi etmek için beklentileriniz neler?
tm-vivre-a-domicile = Evde yaşamak
tm-un-amenagement-de-votre-lieu-de = Yaşadığınız yerin uyarlanması
tm-realiser-un-bilan-des-capacites-dans = Günlük yaşamdaki becerilerinizin değerlendirilmesi
tm-une-aide-financiere-afin-d-assurer = asgari bir gelir sağlamak için maddi yardım
tm-une-aide-pour-se-deplacer = Bir yerden bir yere gitmek için yardım
tm-un-accompagnement-pour-l-adptation = Günlük yaşama uyum / yeniden uyum için destek
tm-une-aide-humaine-quelqu-un-qui = İnsan yardımı: size yardım eden biri
tm-vivre-en-etablissement = Bir kurumda yaşamak
tm-du-materiel-ou-equipement = Malzeme veya ekipman
tm-une-aide-financiere-pour-des-depenses = Engelle ilgili harcamalar için maddi yardım
tm-un-accueil-temporaire = Geçici barınma
tm-autre-attente = Başka bir beklenti
tm-avez-vous-deja-identifie-une-ou = Beklentilerinizi karşılayabilecek bir veya birkaç kurum ya da hizmet belirlediniz mi?
tm-avez-vous-d-autres-renseignements = Günlük yaşamınızla ilgili başka bilgileriniz (durum, beklentiler, planlar) var mı?
tm-vie-scolaire-ou-etudiante = Okul veya öğrenci yaşamı
tm-etes-vous-actuellement-scolarise = Şu anda okula gidiyor musunuz?
tm-pourquoi-n-etes-vous-pas-scolarise = Neden okula gitmiyorsunuz?
tm-vous-etes-trop-jeune = Çok küçüksünüz
tm-a-partir-de-quand-serez-vous = Ne zamandan itibaren okula gideceksiniz?
tm-vous-etes-sans-solution-d-accueil = Okulda, üniversitede veya tıbbi-sosyal bir kurumda yeriniz yok
tm-vous-etes-actuellement-scolarise = Şu anda okula gidiyorsunuz
tm-en-milieu-ordinaire = Normal okulda
tm-avec-accompagnement-par-un-service-de = Bir bakım hizmetinin veya tıbbi-sosyal bir kurumun desteğiyle
tm-en-temps-partage-entre-letablissement = Zamanınızı tıbbi-sosyal kurum ile normal okul veya ev arasında bölerek
tm-en-temps-partage-entre-le-service = Zamanınızı bakım hizmeti ile normal okul arasında bölerek
tm-en-formation-superieure-ou-en = Yükseköğretimde veya çıraklıkta
tm-etes-vous-place-en-internat = Yatılı mı kalıyorsunuz?
tm-ses-frais-de-sejour-sont-ils = Yatılı kalma masrafları sağlık sigortası, devlet veya sosyal yardım tarafından tamamen karşılanıyor mu?
tm-dans-quel-s-etablissement-s = Hangi kurum(lar)da?
tm-quel-type-d-etudes-suivez-vous = Ne tür bir eğitim görüyorsunuz?
tm-quel-s-diplome-s-avez-vous = Hangi diploma(lar)ı aldınız?
tm-quel-s-diplome-s-preparez-vous = Hangi diploma(lar) için hazırlanıyorsunuz?
tm-decrivez-votre-parcours-d-etudiant-ou = Öğrenci veya çırak olarak geçmişinizi anlatın
tm-annee-etablissement = Yıl, kurum
tm-vous-disposez-actuellement-d = Şu anda destek ve bakım alıyorsunuz
tm-soins-hospitaliers = Hastane bakımı
tm-soins-en-liberal = Serbest çalışan sağlık profesyonellerinden bakım
tm-vous-disposez-actuellement-d-adaptations = Şu anda size uyarlanmış maddi koşullardan yararlanıyorsunuz
tm-amenagement-et-adaptations-pedagogiques = Eğitimde düzenlemeler ve uyarlamalar
tm-outils-de-communication = İletişim araçları
tm-materiel-informatique-et-audiovisuel = Bilgisayar ve görsel-işitsel ekipman
tm-materiel-deficience-auditive = İşitme engeli için ekipman
tm-materiel-deficience-visuelle = Görme engeli için ekipman
tm-mobilier-et-petits-materiels = Mobilya ve küçük malzemeler
tm-transport = Ulaşım
tm-vous-disposez-actuellement-d-une-aide = Şu anda engelli öğrencilere yönelik insan yardımı (yardımcı personel) alıyorsunuz
tm-precisez-laquelle = Hangisi olduğunu belirtin
tm-decrivez-votre-emploi-du-temps-ecole = Haftalık programınızı anlatın (okul, yemekhane, bakım vb.)
tm-vous-avez-des-besoins-en-lien = Okulla ilgili ihtiyaçlarınız var:
tm-pour-lire = Okumak için
tm-pour-ecrire-prendre-des-notes = Yazmak, not almak için
tm-pour-calculer = Hesap yapmak için
tm-pour-comprendre-suivre-les-consignes = Anlamak, talimatlara uymak için
tm-pour-organiser-controler-son-travail = İşini düzenlemek ve kontrol etmek için
tm-pour-l-utilisation-du-materiel = Malzemeleri kullanmak için
tm-vous-avez-des-besoins-pour-communiquer = İletişim kurmak için ihtiyaçlarınız var:
tm-pour-assurer-sa-securite = Kendi güvenliğini sağlamak için
tm-vous-avez-des-besoins-pour-l = Kişisel bakım ihtiyaçlarınız var:
tm-pour-l-hygiene-corporelle-aller-aux = Vücut temizliği için (tuvalete gitmek)
tm-pour-s-habiller-mettre-et-oter = Giyinmek için (giysileri giymek ve çıkarmak)
tm-pour-les-repas-manger-et-boire = Yemekler için (yemek ve içmek)
tm-pour-prendre-soin-de-sa-sante = Sağlığına bakmak için
tm-vous-avez-besoin-d-aide-pour-3 = Bir yerden bir yere gitmek için yardıma ihtiyacınız var:
tm-pour-se-deplacer-a-l-interieur = Bina içinde hareket etmek için
tm-pour-se-deplacer-a-l-exterieur-2 = Bina dışında bir yere gitmek için
tm-vous-souhaitez = İstediğiniz:
tm-une-adaptation-de-la-scolarite = Okul eğitiminin uyarlanması
tm-une-orientation-scolaire-differente = Farklı bir okul yönlendirmesi
tm-une-aide-humaine = İnsan yardımı
tm-une-aide-materielle = Malzeme yardımı
tm-un-accompagnement-pour-une-readaptation = Yeniden uyum / rehabilitasyon için destek
tm-une-prise-en-charge-par-un = Yatılı olmayan bir kurumda bakım
tm-une-prise-en-charge-par-un-2 = Yatılı bir kurumda bakım
tm-avez-vous-deja-identifie-un = Beklentilerinizi karşılayabilecek bir okul, üniversite veya tıbbi-sosyal kurum belirlediniz mi?
tm-avez-vous-pu-prendre-contact-avec = Sorumlu öğretmeninizle (enseignant référent) iletişime geçebildiniz mi?
tm-pourquoi = Neden?
tm-vous-avez-d-autres-renseignements = Okul, öğrenci veya çıraklık yaşamınızla ilgili başka önemli bilgileriniz (durum, beklentiler, planlar) varsa buraya yazın:
tm-vie-au-travail = Çalışma yaşamı
tm-situation-professionnelle = Mesleki durum
tm-parcours-professionnel = Mesleki geçmiş
tm-projet-professionnel = Mesleki plan
tm-avez-vous-actuellement-un-emploi = Şu anda bir işiniz var mı?
tm-avez-vous-deja-travaille = Daha önce çalıştınız mı?
tm-pourquoi-etes-vous-actuellement-sans = Şu anda neden işsizsiniz ve ne zamandan beri?
tm-pouvez-vous-indiquer-pourquoi-vous-etes = Şu anda neden işsiz olduğunuzu belirtebilir misiniz?
tm-etes-vous-dans-une-des-situations = Aşağıdaki durumlardan birinde misiniz?
tm-inscrit-a-pole-emploi = Pôle emploi'ye kayıtlı
tm-en-formation-continue = Sürekli eğitimde (yetişkin eğitimi)
tm-votre-accompagnement-vers-l-emploi-est = İş bulma sürecinde size destek veren:
tm-mission-locale = Mission locale (gençler için yerel istihdam merkezi)
tm-cap-emploi = Cap emploi
tm-pole-emploi = Pôle emploi
tm-un-referent-rsa-designe-par-le = Conseil Général (il meclisi) tarafından atanan bir RSA sorumlusu
tm-vous-avez-un-emploi = Bir işiniz var:
tm-en-entreprise-adaptee = Engellilere uyarlanmış bir şirkette (entreprise adaptée)
tm-en-milieu-protege-etablissements-et = Korumalı ortamda (Etablissements et services d’aide par le travail - ESAT)
tm-quel-est-votre-type-d-emploi = İşinizin türü nedir?
tm-interim = Geçici iş (ajans aracılığıyla)
tm-contrat-aide = Devlet destekli sözleşme
tm-travailleur-independant = Serbest çalışan
tm-regime = Rejim:
tm-stagiaire-professionnel = Mesleki stajyer
tm-est-ce-un-stage-remunere = Ücretli bir staj mı?
tm-au-sein-de-quel-organisme-effectuez = Stajınızı hangi kurumda yapıyorsunuz?
tm-nom-de-l-organisme = Kurumun adı
tm-qui-est-votre-employeur = İşvereniniz kim?
tm-quel-est-le-nom-de-votre = Pozisyonunuzun adı nedir?
tm-nom-du-poste = Pozisyonun adı
tm-votre-emploi-est-il-a-temps = İşiniz tam zamanlı mı, yarı zamanlı mı?
tm-temps-complet = Tam zamanlı
tm-temps-partiel = Yarı zamanlı
tm-votre-emploi-est-il-adapte-a = İşiniz engelinize uyarlanmış mı?
tm-quelles-sont-les-difficultes-liees-a = Engelinizle ilgili zorluklar nelerdir?
tm-accompagnement-pour-conserver-votre = İşinizi korumanız için destek:
tm-par-la-medecine-du-travail = İş hekimliği tarafından
tm-par-le-service-d-appui-au = Engelli çalışanların işlerini korumasına destek hizmeti (SAMETH) tarafından
tm-des-amenagements-ont-ete-realises-sur = Çalışma yerinizde düzenlemeler yapıldı:
tm-etes-vous-actuellement-en-arret-de = Şu anda iş göremezlik izninde (raporlu) misiniz?
tm-vous-etes-actuellement-en-arret-de = Şu anda işten izinlisiniz:
tm-arret-maladie-avec-indemnites = Günlük ödenekli hastalık izni
tm-arret-maladie-sans-indemnites = Günlük ödeneksiz hastalık izni
tm-vous-etes-en-arret-suite-a = Bir iş kazası veya meslek hastalığı nedeniyle izinlisiniz
tm-conge-maternite-conge-d-adoption-autre = Doğum izni/evlat edinme izni/diğer
tm-avez-vous-rencontre-un-professionnel-du = Emeklilik sandığınızın sosyal hizmetinden bir uzmanla görüştünüz mü?
tm-a-quelle-date = Hangi tarihte?
tm-avez-vous-rencontre-le-medecin-du = İşe dönüş öncesi muayenede iş hekimini gördünüz mü?
tm-beneficiez-vous-d-une-ou-des = Aşağıdaki ödeneklerden birini veya birkaçını alıyor musunuz?
tm-aides-de-l-association-de-gestion = Engellilerin istihdamı fonunu yöneten derneğin (AGEFIPH) yardımları
tm-aides-du-fonds-pour-l-insertion = Kamu hizmetinde engellilerin istihdamı fonunun (FIPHFP) yardımları
tm-beneficiez-vous-d-une-reconnaissance-de = Engelli çalışan statüsü tanınmanız (RQTH) var mı?
tm-souhaitez-vous-saisir-vos-experiences = İş deneyimlerinizi forma mı girmek istiyorsunuz, yoksa özgeçmişinizi (CV) taratmak mı?
tm-numeriser-le-cv-et-l-ajouter = Özgeçmişi (CV) taratıp başvurumu tamamlarken eklemek
tm-saisir-mes-experiences-professionnelles = İş deneyimlerimi bu forma girmek
tm-precisez-vos-experiences = Stajlar ve istihdama kazandırma kuruluşları dahil iş deneyimlerinizi belirtin.
tm-votre-niveau-de-qualification = Eğitim/nitelik düzeyiniz:
tm-primaire = İlkokul
tm-secondaire = Ortaöğretim
tm-superieur = Yükseköğretim
tm-derniere-classe-frequentee = Okuduğunuz son sınıf:
tm-avez-vous-suivi-une-des-formation = Bir veya birkaç mesleki eğitim aldınız mı?
tm-laquelle-lesquelles = Hangisi/hangileri?
tm-precisez-votre-vos-dernier-s-diplome = Aldığınız son diploma(lar)ı belirtin:
tm-avez-vous-un-ou-plusieurs-projet = Bir veya birkaç mesleki planınız var mı?
tm-pourquoi-avez-vous-besoin-de-soutien = Neden desteğe ihtiyacınız var?
tm-faire-un-bilan-de-capacites = Mesleki becerilerinizi değerlendirmek
tm-preciser-un-projet-professionnel = Bir mesleki planı netleştirmek
tm-adapter-l-environnement-de-travail = Çalışma ortamını uyarlamak
tm-acceder-a-un-emploi = Bir iş bulmak
tm-acceder-a-une-formation = Bir eğitime katılmak
tm-autres-renseignements-concernant-votre = Çalışma yaşamınızla ilgili bize iletmek istediğiniz başka bilgiler
tm-vie-de-votre-aidant-familial = Size bakan aile üyesinin yaşamı
tm-vous-pouvez-expliquer-l-aide-que = Size bakan kişinin engelli kişiye şu anda verdiği yardımı açıklayabilir, onun beklentilerini ve ihtiyaçlarını dile getirebilirsiniz.
tm-comment-s-appelle-votre-aidant = Size bakan kişinin adı ne?
tm-nom-et-prenom = Soyadı ve adı
tm-quel-est-son-lien-avec-la = Engelli kişiyle yakınlığı nedir?
tm-vit-il-elle-avec-la-personne = Engelli kişiyle birlikte mi yaşıyor?
tm-est-il-elle-actuellement-en-emploi = Şu anda çalışıyor mu?
tm-oui-avec-une-reduction-dactivite-liee = Evet, yardım ettiği kişinin bakımı nedeniyle çalışma süresini azaltarak
tm-quelle-est-la-nature-de-l = Verilen yardımın türü nedir?
tm-surveillance-presence-responsable = Gözetim / sorumlu bir kişinin yanında bulunması
tm-aide-aux-deplacements-a-linterieur-du = Ev içinde hareket etmeye yardım
tm-aide-aux-deplacements-a-lexterieur = Dışarıda bir yere gitmeye yardım
tm-aide-pour-entretenir-le-logement-et = Ev ve çamaşır bakımına yardım
tm-aide-a-lhygiene-corporelle = Vücut temizliğine yardım
tm-aide-a-la-preparation-des-repas = Yemek hazırlamaya yardım
tm-aide-a-la-prise-de-repas = Yemek yemeye yardım
tm-coordination-des-intervenants = Görev alan profesyonellerin koordinasyonu
tm-gestion-administrative-et-juridique = İdari ve hukuki işlerin yönetimi
tm-gestion-financiere = Mali işlerin yönetimi
tm-stimulation-par-des-activites-loisirs = Etkinliklerle canlandırma (boş zaman, geziler vb.)
tm-aide-a-la-communication-et-aux = İletişim ve sosyal ilişkilere yardım
tm-aide-au-suivi-medical = Tıbbi takibe yardım
tm-qui-participe-avec-lui-elle-a = Yardım edilen kişinin desteğine onunla birlikte başka kim katılıyor?
tm-un-des-professionnel-s = Bir veya birkaç profesyonel
tm-un-ou-plusieurs-autre-s-proche = Bir veya birkaç başka yakın
tm-il-elle-est-l-unique-aidante = Başvuru sahibine bakan tek kişi o
tm-est-il-elle-soutenue-dans-sa = Bakım veren rolünde kendisi destekleniyor mu?
tm-en-cas-d-empechement-a-t = Bir engeli çıkarsa yerine geçecek bir çözümü var mı?
tm-laquelle = Hangisi?
tm-il-elle-est-ou-sera-prochainement = Şu anda veya yakında aşağıdaki durumlardan birinde:
tm-eloignement-geographique-demenagement = Uzakta yaşama (taşınma vb.)
tm-indisponibilite-prolongee-sejour-a = Uzun süre bulunamama (yurt dışında kalma, hastaneye yatma vb.)
tm-changement-majeur-dans-la-situation = Kişisel durumda büyük değişiklik (ayrılık, eşin ölümü, huzurevine yerleşme vb.)
tm-probleme-de-sante = Sağlık sorunu
tm-changement-majeur-dans-la-situation-2 = Mesleki durumda büyük değişiklik
tm-difficulte-a-assurer-l-accompagnement = Mevcut desteği sürdürmekte zorluk (tükenmişlik, yaşlanma vb.)
tm-ses-attentes-en-tant-qu-aidant = Bakım veren aile üyesi olarak beklentileri:
tm-pouvoir-se-reposer-au-quotidien = Her gün dinlenebilmek
tm-pouvoir-se-faire-remplacer-en-cas = Gerektiğinde yerine birini bulabilmek
tm-pouvoir-se-faire-remplacer-en-cas-2 = Beklenmedik bir durumda yerine birini bulabilmek
tm-se-faire-remplacer-pour-partir-en = Hafta sonu/tatile gitmek için yerine birini bulmak
tm-reprendre-renforcer-maintenir-son = Mesleki faaliyetine yeniden başlamak/artırmak/sürdürmek
tm-reprendre-renforcer-maintenir-ses-liens = Sosyal bağlarını yeniden kurmak/güçlendirmek/sürdürmek
tm-obtenir-une-contre-partie-financiere = Maddi bir karşılık almak
tm-echanger-avec-dautres-aidants = Bakım veren başka kişilerle görüş alışverişi yapmak
tm-echanger-avec-les-professionnels-qui = Yardım ettiği yakınını takip eden profesyonellerle görüşmek
tm-avoir-un-soutien-psychologique = Psikolojik destek almak
tm-etre-conseille-pour-mieux-faire-face = Yakınının engeliyle daha iyi başa çıkmak için danışmanlık almak
tm-etre-affilie-gratuitement-a-lassurance = Yaşlılık (emeklilik) sigortasına ücretsiz kaydolmak
tm-a-t-il-elle-deja-identifie = Beklentilerini karşılayabilecek bir veya birkaç kurum ya da hizmet belirledi mi?
tm-vous-souhaitez-mieux-connaitre-les = Mevcut düzenlemeleri ve yardımları daha iyi tanımak istiyorsunuz:
tm-pour-l-aidant = Bakım veren için
tm-pour-la-personne-aidee = Yardım edilen kişi için
tm-autres-renseignements-que-vous = Size bakan kişinin yaşamıyla ilgili bize iletmek istediğiniz başka bilgiler
tm-documents-lies-a-votre-demande = Başvurunuzla ilgili belgeler
tm-pour-nous-transmettre-les-documents = Zorunlu ve ek belgeleri bize göndermek için
tm-certificat-medical = Sağlık raporu
tm-votre-certificat-medical-n-est-pas = Sağlık raporunuz geçerli değil, lütfen verilen örneklerden birini kullanın.
tm-un-certificat-medical-de-moins-de = MDPH başvuruları için hazırlanmış, 6 aydan eski olmayan bir sağlık raporu.
tm-justificatif-de-domicile = İkamet belgesi
tm-une-photocopie-dun-justificatif-de = 3 aydan eski olmayan bir ikamet belgesinin fotokopisi (çocuklar için yasal temsilcinin ikamet belgesini ekleyin; başkasının yanında kalanlar için: ev sahibinin ikamet belgesi ve yeminli beyanı).
tm-piece-d-identite = Kimlik belgesi
tm-une-photocopie-recto-verso-dun = Engelli kişinin ve varsa yasal temsilcisinin kimlik belgesinin önlü arkalı fotokopisi (geçerli kimlik belgesi veya geçerli oturma izni ya da Fransa'da kalmaya izin veren başka bir belge).
tm-acte-de-deces-acte-de-mariage = Ölüm belgesi / evlilik belgesi
tm-carte-grise-vehicule-permis-de-conduire = Araç ruhsatı, sürücü belgesi
tm-carte-de-sejour = Oturma izni
tm-avis-d-impot-sur-le-revenu = Gelir vergisi bildirimi
tm-releve-d-identite-bancaire-rib-iban = Banka hesap bilgileri (RIB/IBAN)
tm-attestation-de-paiement-des-indemnites = Günlük ödeneklerin ödendiğine dair belge (CAF, MSA, SS, Pôle Emploi....)
tm-bulletin-de-salaire = Maaş bordrosu
tm-devis-facture-aide-technique = Teknik yardımcı araç için teklif / fatura
tm-audiogramme = Odyogram (işitme testi)
tm-livret-de-famille = Aile cüzdanı (livret de famille)
tm-facture-cantine-restaurant-scolaire = Yemekhane faturası (okul yemekhanesi)
tm-facture-frais-d-obseques = Cenaze masrafları faturası
tm-justificatif-reduction-du-temps-de = Çalışma süresinin azaltıldığını gösteren belge
tm-billets-de-train-fiche-taxi-frais = Tren biletleri / taksi formu (yerleştirme nedeniyle ulaşım masrafları)
tm-jugement-de-tutelle-jugement = Vesayet kararı, düzeltme kararı, kısıtlı kayyımlık (curatelle)
tm-justificatif-d-emancipation = Ergin kılınma belgesi
tm-jugement-de-delegation-d-autorite = Velayetin devrine ilişkin mahkeme kararı
tm-jugement-de-divorce = Boşanma kararı
tm-bilan-ophtalmologique-mdph = Göz muayenesi raporu (MDPH)
tm-complement-medical-d-aide-a-l = Psikiyatrik değerlendirmeye yardımcı tıbbi ek
tm-bilan-psychologique-etc = Psikolojik değerlendirme vb.
tm-compte-rendu-d-examen-psychiatrique = Psikiyatrik muayene raporu, psikiyatrik anket vb.
tm-bilan-orthophonique-psychomoteur = Konuşma terapisi, psikomotor, fizyoterapi, osteopati değerlendirmesi vb.
tm-bilan-camsp-cmp-cmpp = CAMSP, CMP, CMPP değerlendirmesi
tm-compte-rendu-d-evaluation-medicale = Tıbbi değerlendirme raporu
tm-attestation-medicale = Tıbbi belge
tm-fiche-de-liaison-medecine-du-travail = İş hekimliği bağlantı formu
tm-prescription-medicale-pour-amenagement-d = Sınav düzenlemesi için tıbbi reçete
tm-bulletin-d-hospitalisation = Hastaneye yatış belgesi
tm-fiche-de-prescription-hors = İlaç dışı reçete formu
tm-gevasco = GEVASco
tm-pour-les-enfants-scolarises-les-attentes = Okula giden çocuklar için beklentiler GEVASco adlı bir belgede belirtilir. GEVASco, okul müdürüyle (ilk başvuru) veya sorumlu öğretmenle (yeniden inceleme) birlikte doldurduğunuz bir bilgi toplama rehberidir. Sorumlu öğretmeninizin iletişim bilgilerini okul müdüründen isteyebilirsiniz.
tm-bilan-de-l-equipe-de-suivi = Okul Takip Ekibi (ESS) raporu
tm-fiche-de-liaison-financement-du-materiel = Uyarlanmış eğitim malzemesinin finansmanı için bağlantı formu
tm-fiche-d-evaluation-de-l-autonomie = Öğrencinin bağımsızlık değerlendirme formu (milli eğitim müdürlüğünden)
tm-protocoles-d-accompagnement-d-un-eleve = Engelli bir öğrenciye AVSI (bireysel okul yaşamı yardımcısı) ile destek protokolleri
tm-plan-individualise-d-accompagnement-pia = Bireysel destek planı (PIA)
tm-devoirs-particuliers-dyslexie = Özel ödevler (disleksi, konuşma terapisi vb.)
tm-certificat-de-scolarite-releve-de-notes = Öğrenci belgesi, not dökümü vb.
tm-curriculum-vitae-cv = Özgeçmiş (CV)
tm-courriers-orientation-professionnel = Mesleki yönlendirme yazıları (UEROS, POPS, CAP EMPLOI...)
tm-bilans-afpa-esat-etc-bilans-appui = Değerlendirmeler (AFPA, ESAT vb.), Appui Projet, POPS, Préo, UEROS değerlendirmeleri vb.
tm-rapport-de-stage = Staj raporu
tm-syntheses-etablissements-et-services-ems = Kurum ve hizmetlerden özet raporlar (EMS, SMS, SAVS, SAMSAH vb.)
tm-autre-document = Başka bir belge

## mdph: account

tm-plus-qu-une-etape = Son bir adım kaldı
tm-cliquez-sur-le-lien-qui-vous = Hesabınızı etkinleştirmek için size gönderilen bağlantıya tıklayın (istenmeyen e-posta klasörünüze de bakmayı unutmayın).
tm-votre-compte-a-bien-ete-valide = Hesabınız onaylandı.
tm-ce-lien-est-incorrect-ou-a = Bu bağlantı hatalı veya daha önce kullanılmış.
tm-email-envoye = E-posta gönderildi
tm-cliquez-sur-le-lien-qui-vous-2 = Şifrenizi değiştirmek için size e-postayla gönderilen bağlantıya tıklayın.
tm-si-vous-avez-oublie-votre-mot = Şifrenizi unuttuysanız e-posta adresinizi girin; yeni bir şifre bu adrese gönderilecek.
tm-veuillez-entrer-votre-email = Lütfen e-posta adresinizi girin.
tm-l-adresse-email-n-est-pas = E-posta adresi geçerli değil.
tm-connectez-vous-pour-reprendre-votre = İşleminize devam etmek için giriş yapın
tm-adresse-email = E-posta adresi
tm-veuillez-entrer-une-adresse-email = Lütfen bir e-posta adresi girin.
tm-cette-adresse-email-n-est-pas = Bu e-posta adresi geçerli değil.
tm-veuillez-entrer-un-mot-de-passe = Lütfen bir şifre girin.
tm-vous-n-avez-pas-de-compte = Hesabınız yok mu? Kaydolun
tm-une-erreur-est-survenue-lors-de-5 = Gönderim sırasında bir hata oluştu. İstenen hesap daha önce etkinleştirilmiş olabilir veya mevcut olmayabilir.
tm-un-mail-de-confirmation-a-bien = E-posta hesabınıza yeniden bir onay e-postası gönderildi
tm-nouveau-mot-de-passe = Yeni şifre
tm-vous-avez-indique-avoir-oublie-votre = Şifrenizi unuttuğunuzu belirttiniz. Lütfen yeni bir şifre girerek şifrenizi sıfırlayın.
tm-inscrivez-vous-pour-commencer-votre = İşleminize başlamak için kaydolun
tm-veuillez-entrer-votre-adresse-e-mail = Lütfen e-posta adresinizi girin.
tm-cet-email-n-est-pas-valide = Bu e-posta adresi geçerli değil.
tm-adresse-email-de-secours = Yedek e-posta adresi
tm-veuillez-entrer-votre-adresse-e-mail-2 = Lütfen yedek e-posta adresinizi girin.
tm-erreur-dans-le-formulaire-merci-de = Formda hata var, lütfen sayfayı yenileyin.
tm-contact = İletişim
tm-veuillez-entrer-votre-numero-de-contact = Lütfen iletişim numaranızı girin.
tm-vous-avez-deja-un-compte-connectez = Zaten bir hesabınız var mı? Giriş yapın

## mdph: apropos

tm-en-quelques-mots = Birkaç kelimeyle
tm-plus-dun-tiers-des-personnes-handicapees = Engelli kişilerin üçte birinden fazlası, engelleriyle ilgili resmi işlemleri karmaşık buluyor. Başvuruların işlem süreleri çoğu zaman yasanın öngördüğü dört ayı aşıyor.
tm-un-traitement-informatise-de-bout-en = Baştan sona bilgisayarlı işlem
tm-une-communication-en-continu = Sürekli iletişim
tm-pour-les-utilisateurs = Kullanıcılar için
tm-un-espace-personnel = Kişisel bir alan
tm-un-questionnaire-dynamique = Dinamik bir anket
tm-un-accompagnement-des-la-saisie-de = Başvuruyu doldurmaya başladığınız andan itibaren destek
tm-un-suivit-en-temps-reel = Anlık takip
tm-une-presence-sur-le-web = İnternette varlık
tm-une-appropriation-de-votre-espace = Alanınızı kendinize göre düzenleme

## mdph: demande

tm-veuillez-confirmer-la-demande-de = Lütfen { $name } için yapılan başvuruyu onaylayın
tm-une-fois-la-demande-validee-vous = Başvuru onaylandıktan sonra belgeler dışında hiçbir bilgiyi değiştiremezsiniz; belgeleri de yalnızca MDPH isterse değiştirebilirsiniz. Başvurunuzun özetini aşağıda bulabilirsiniz:
tm-recapitulatif-de-votre-demande = Başvurunuzun özeti
tm-documents = Belgeler:
tm-en-validant-je-certifie-que-les = Onaylayarak yukarıdaki bilgilerin doğru olduğunu beyan ederim.
tm-la-mdph-n-accepte-pas-les = MDPH { $name } bu çevrimiçi hizmetten gelen başvuruları kabul etmiyor; bu nedenle bu çevrimiçi hizmet üzerinden ona başvuru göndermek mümkün değil.
tm-demande-n = Başvuru no. { $shortId }
tm-votre-mdph-vous-demande-de-corriger = MDPH'niz başvurunuza ekli belgeleri düzeltmenizi istiyor
tm-pour-tout-autre-modification-veuillez = Başka her türlü değişiklik için lütfen doğrudan MDPH'nizle iletişime geçin (iletişim bilgilerini sayfanın altında bulabilirsiniz)
tm-telecharger = İndir
tm-votre-demande-est-en-cours-de = Başvurunuz MDPH'niz tarafından kontrol ediliyor
tm-informations-obligatoires = Zorunlu bilgiler
tm-informations-complementaires = Ek bilgiler
tm-decrivez-votre-situation-vos-besoins-vos = Durumunuzu, ihtiyaçlarınızı, planlarınızı ve beklentilerinizi anlatın.
tm-demande = Başvuru / { $label }
tm-demande-documents = Başvuru / Belgeler
tm-en-cours = { $name } - devam ediyor... %{ $progress }
tm-ajouter-un-document = Belge ekle
tm-autres-types-de-documents = Diğer belge türleri
tm-retourner-a-la-demande = Başvuruya dön
tm-choix-du-type-de-document = Belge türünün seçimi
tm-recherche = Ara
tm-suggestions-de-documents-a-fournir = Verilmesi önerilen belgeler
tm-demande-identite-de-l-autorite-parentale = Başvuru / Velayet sahibinin kimliği
tm-demande-identite-de-la-personne-vous = Başvuru / Bu işlemde size yardım eden kişinin kimliği
tm-la-personne-vous-aidant-dans-votre = İşleminizde size yardım eden kişi
tm-un-proche = Bir yakın
tm-une-association = Bir dernek
tm-nom-ou-intitule = Ad (veya unvan)
tm-la-longueur-minimale-du-nom-est = Ad en az 1 karakter olmalıdır.
tm-recherche-adresse = Adres arama
tm-localite = Yerleşim yeri
tm-telephone-1 = Telefon 1
tm-telephone-2 = Telefon 2
tm-demande-identite-du-beneficiaire = Başvuru / Yararlanıcının kimliği
tm-nom-d-epouxse-ou-nom-d = Eşin soyadı veya kullanılan soyadı
tm-homme = Erkek
tm-femme = Kadın
tm-espace-economique-europeen-ou-suisse = Avrupa Ekonomik Alanı veya İsviçre
tm-date-de-naissance-au-format-jour = Doğum tarihi, gün/ay/yıl biçiminde
tm-veuillez-utiliser-le-format-jj-mm = Lütfen GG/AA/YYYY biçimini kullanın. Örneğin: 14/09/1989.
tm-commune-de-naissance = Doğum yeri (belediye)
tm-pays-en-cas-de-naissance-a = Ülke (yurt dışında doğduysanız)
tm-l-adresse-email-saisie-est-incorrecte = Girilen e-posta adresi hatalı.
tm-si-vous-avez-elu-domicile-aupres = Bir kurumda yazışma adresiniz varsa (dernek, barınma merkezi veya sosyal yardım merkezi), hangisi olduğunu belirtin
tm-organisme-payeur-de-prestations = Aile ödeneklerini / RSA'yı ödeyen kurum
tm-organisme-d-assurance-maladie = Sağlık sigortası kurumu
tm-votre-numero-de-securite-sociale = Sosyal güvenlik numaranız
tm-ce-numero-de-securite-sociale-est = Bu sosyal güvenlik numarası geçersiz.
tm-ce-champ-est-incomplet = Bu alan eksik.
tm-si-cest-votre-enfant-qui-est = Başvuru çocuğunuzla ilgiliyse çocuğunuzun sosyal güvenlik numarasını girin
tm-etes-vous-aide-e-dans-vos = MDPH işlemlerinizde size yardım eden biri var mı?
tm-beneficiez-vous-dune-mesure-de = Hakkınızda bir koruma tedbiri (vesayet vb.) var mı?
tm-demande-identite-du-representant-legal = Başvuru / Yasal temsilcinin kimliği
tm-demande-prestations = Başvuru / Ödenekler
tm-demandes-relatives-a-la-vie-quotidienne = Günlük yaşamla ilgili talepler
tm-carte-mobilite-inclusion = Carte mobilité inclusion (engelli hareketlilik kartı)
tm-allocation-compensatrice-ac = Allocation Compensatrice (AC, telafi ödeneği)
tm-demandes-relatives-a-la-vie-scolaire = Okul yaşamıyla ilgili talepler
tm-demandes-relatives-au-travail-a-lemploi = Çalışma, istihdam ve mesleki eğitimle ilgili talepler
tm-orientation-professionnelle = Mesleki yönlendirme
tm-le-dispositif-emploi-accompagne-propose = « Destekli istihdam programı, engelli çalışana ve işverenine tıbbi-sosyal destek ve işe yerleşme desteği sunar. Bu programdan şu engelli çalışanlar yararlanabilir:
tm-ayant-un-projet-dinsertion-en-milieu = normal iş ortamında çalışma planı olanlar,
tm-accueillis-dans-un-etablissement-ou = iş yoluyla yardım sağlayan bir kurumda veya hizmette (ESAT) bulunan ve normal iş ortamında çalışma planı olanlar,
tm-deja-en-emploi-en-milieu-ordinaire = zaten normal iş ortamında çalışan ve işini güvenceye almakta özel zorluklar yaşayanlar.»
tm-demande-confirmer-votre-compte-mail = Başvuru / E-posta hesabınızı onaylayın
tm-vous-n-avez-pas-encore-confirme = Hesabınızı henüz onaylamadınız. Size e-postayla gönderilen etkinleştirme bağlantısını açarak onaylayabilirsiniz.
tm-en-cas-de-difficultes-vous-pouvez = Zorluk yaşarsanız bize contact.mdphenligne@cnsa.fr adresinden ulaşabilirsiniz
tm-cliquez-ici-pour-renvoyer-un-mail = Onay e-postasını yeniden göndermek için buraya tıklayın
tm-retourner-au-profil = Profile dön

## mdph: layout

tm-connexion = Giriş

## mdph: main

tm-trouvez-le-service-en-ligne-de = MDPH'nizin çevrimiçi hizmetini bulun
tm-votre-demande-en-ligne-a-la = MDPH'ye çevrimiçi başvurunuz
tm-la-mdph-c-est-la-maison = MDPH, Maison Départementale pour les Personnes Handicapées'dir (engelliler için il merkezi). Engelinizle ilgili ihtiyaçlarınıza yanıt verebilir.
tm-ce-service-vous-permet-de-saisir = Bu hizmet, başvurunuzu doldurup MDPH'nize göndermenizi sağlar; MDPH de dosyanızı inceler.
tm-il-vous-permet-de-solliciter-la = MDPH'ye yararlanıcı olarak veya bir yararlanıcının yasal temsilcisi olarak başvurmanızı sağlar.
tm-en-fonction-de-votre-situation-vous = Durumunuza göre aşağıdaki haklardan yararlanabilirsiniz

## mdph: mdph

tm-votre-mdph = MDPH'niz: { $name }
tm-gerez-vos-demandes-en-ligne = Başvurularınızı çevrimiçi yönetin
tm-mdph = MDPH { $name }
tm-votre-mdph-n-utilise-pas-ce = MDPH'niz bu çevrimiçi başvuru hizmetini kullanmıyor
tm-continuer-sur-service-public-fr = service-public.fr üzerinden devam et
tm-continuer-sur = { $label } üzerinden devam et

## mdph: medecin

tm-votre-e-mail = E-posta adresiniz
tm-ex-email-domaine-fr = Örn.: email@domaine.fr
tm-l-adresse-email-est-obligatoire = E-posta adresi zorunludur.
tm-modeles-de-certificats = Rapor örnekleri

## mdph: mon_compte

tm-en-attente-de-validation = Onay bekleniyor
tm-si-vous-n-avez-pas-recu = Bu e-postayı almadıysanız yeniden göndermek için buraya tıklayın.
tm-modifier-mon-mot-de-passe = Şifremi değiştir
tm-veuillez-entrer-votre-mot-de-passe = Lütfen önceki şifrenizi girin.

## mdph: partenaire

tm-nous-vous-avons-envoye-un-mail = E-posta adresinizi onaylamak için size bir e-posta gönderdik.
tm-type = Tür
tm-document-ajoute = Belge eklendi
tm-choisir-le-fichier = Dosyayı seç
tm-veuillez-selectionner-un-fichier = Lütfen bir dosya seçin
tm-ajouter-ce-fichier = Bu dosyayı ekle

## mdph: profil

tm-profil-identite-du-representant-legal = Profil / Yasal temsilcinin kimliği
tm-profil-prestations = Profil / Ödenekler
tm-supprimer-ce-profil = Bu profili sil

## mdph: suivi

tm-cookies-deposes-et-opt-out = Yerleştirilen çerezler ve reddetme (opt-out)
tm-ce-site-depose-un-petit-fichier = Bu site, ziyaret ettiğinizde bilgisayarınıza küçük bir metin dosyası (bir « çerez ») yerleştirir. Bu sayede ziyaret sayısını ölçebilir ve en çok hangi sayfaların görüntülendiğini anlayabiliriz.
tm-ce-site-naffiche-pas-de-banniere = Bu site çerez onay bandı göstermiyor, neden?
tm-je-contribue-a-enrichir-vos-donnees = Verilerinizi zenginleştirmeye katkıda bulunuyorum, bunlara erişebilir miyim?
tm-bien-sur-les-statistiques-dusage-de = Elbette! https://mdphenligne.cnsa.fr/ dahil ürünlerimizin çoğunun kullanım istatistikleri stats.data.gouv.fr adresinde herkese açıktır.

## mdph: autorite-form

tm-parent = Ebeveyn { $n }
tm-exerce-l-autorite-parentale = Velayet hakkını kullanıyor
tm-meme-adresse-que-le-beneficiaire = Yararlanıcıyla aynı adres

## mdph: detail

tm-en-cochant-cette-case-vous-certifiez = Bu kutuyu işaretleyerek { $name } adına başvuru yapmak için onun onayına sahip olduğunuzu beyan edersiniz
tm-precisez-le-domicile = Hangi evde kaldığınızı belirtin
tm-de-vos-parents-ou-l-un = Anne babanızın (veya birinin)
tm-de-vos-enfants-ou-l-un = Çocuklarınızın (veya birinin)
tm-d-un-e-ami-e = Bir arkadaşın
tm-d-un-autre-membre-de-votre = Ailenizden başka bir kişinin
tm-d-une-famille-d-accueil = Bir koruyucu ailenin
tm-et-vous-etes = Ve siz
tm-de-categorie = Kategorisi
tm-son-prenom = Adı
tm-montant = Tutar
tm-montant-invalide = Geçersiz tutar
tm-veuillez-saisir-un-nombre-entre-0 = Lütfen 0 ile 100 arasında bir sayı girin.

## mdph: display-file

tm-pas-de-documents = Belge yok
tm-raison-du-refus = Ret nedeni:
tm-supprimez = Silin
tm-suppression-d-un-document = Bir belgenin silinmesi

## mdph: footer

tm-contactez-votre-mdph = MDPH'nizle iletişime geçin

## mdph: help

tm-precisez-vos-besoins-de-compensation = Engelinizle ilgili telafi ihtiyaçlarınızı belirtin
tm-plusieurs-reponses-sont-possibles = Birden fazla yanıt verilebilir
tm-adaptez-vos-reponses-a-votre-age = Yanıtlarınızı yaşınıza göre uyarlayın.
tm-le-besoin-daide-correspond-a-une = Yardım ihtiyacı; doğrudan insan yardımı, sözlü olarak harekete geçirilme, yönlendirilme, teşvik edilme ihtiyacı ya da malzeme veya maddi yardım anlamına gelir.
tm-ce-document-correspond-a-lexpression-de = Bu belge, hissettiğiniz ihtiyaçları ifade eder. Ardından MDPH ekibi ayrıntılı bir değerlendirme yapacak ve gerekirse sizinle görüşecektir.

## mdph: liste-prestations

tm-allocation-aux-adultes-handicapes-aah-et = Allocation aux adultes handicapés (AAH, engelli yetişkin ödeneği) ve ek ödemesi
tm-carte-d-invalidite-de-priorite-de = Malullük / öncelik / park kartı
tm-orientation-vers-un-etablissement-ou = Tıbbi-sosyal bir kuruma veya hizmete (ESMS) yönlendirme
tm-renouvellement-d-allocation = Telafi ödeneğinin yenilenmesi (ACTP veya ACFP)
tm-projet-personnalise-de-scolarisation = Kişiye özel eğitim planı – eğitim yolu ve eğitim yardımları
tm-orientation-professionnelle-et-ou = Mesleki yönlendirme ve/veya mesleki eğitim
tm-reconnaissance-de-la-qualite-de = Engelli çalışan statüsünün tanınması (RQTH)
tm-affiliation-gratuite-a-l-assurance = Evde çocuğuna bakan ebeveynler için yaşlılık sigortasına ücretsiz kayıt (AVPF)

## mdph: mdph-input

tm-autre-departement-indiquez-votre-numero = Başka bir il (département): numarasını yazın (örneğin 01 veya 75)

## mdph: menu-dashboard

tm-mes-demandes = Başvurularım
tm-documents-associes = Ekli belgeler

## mdph: nav-steps

tm-question-precedente = Önceki soru

## mdph: password-field

tm-votre-mot-de-passe-est-d = Şifreniz çok zayıf.
tm-veuillez-saisir-8-caracteres = Lütfen 8 karakter girin.
tm-presenter-trois-des-quatre-categories-de = Şu dört karakter türünden üçünü içermelidir: büyük harf, küçük harf, rakam ve/veya özel karakterler.
tm-ce-jeton-de-modification-a-deja = Bu değişiklik kodu şifrenizi sıfırlamak için zaten kullanıldı. Lütfen yeniden sıfırlama talebinde bulunun.

## mdph: password-rules-alert

tm-comprendre-huit-caracteres = sekiz karakterden oluşmalı,
tm-etre-d-une-robustesse-moyenne = orta güçte olmalı.
tm-afin-de-garantir-au-mieux-l = Verilerin bütünlüğünü en iyi şekilde korumak için şifre en az şu koşulları sağlamalı:

## mdph: prestations

tm-precisez-eventuellement-votre-demande = İsterseniz talebinizi ayrıntılandırın

## mdph: question

tm-veuillez-selectionner-une-des-options-ou = Lütfen seçeneklerden birini seçin veya yanıtınızı ayrıntılandırın
tm-intitule-du-poste = Pozisyonun adı
tm-employeur = İşveren
tm-entreprise = Şirket
tm-type-de-contrat = Sözleşme türü
tm-date-de-debut-au-format-jour = Başlangıç tarihi, gün/ay/yıl biçiminde
tm-motif-de-fin-d-activite = İşin sona erme nedeni
tm-motif = Neden
tm-valider-l-experience = Deneyimi onayla
tm-ajouter-une-experience = Deneyim ekle
tm-annee-d-obtention = Alındığı yıl
tm-domaine = Alan
tm-intitule-du-diplome = Diplomanın adı
tm-domaine-d-etude = Öğrenim alanı
tm-retirer-le-dernier-diplome = Son diplomayı kaldır
tm-ajouter-un-diplome = Diploma ekle
tm-matin = Sabah
tm-midi = Öğle
tm-soiree-nuit = Akşam/gece
tm-nom-de-l-etablissement = Kurumun adı
tm-rue = Sokak
tm-ex-college-jules-ferry = Örn.: collège Jules Ferry
tm-ex-1-rue-de-l-eglise = Örn.: 1, rue de l'église
tm-ex-paris = Örn.: Paris
tm-supprimer-le-dernier-etablissement = Son kurumu sil
tm-ajouter-un-etablissement = Kurum ekle
tm-frais-engages = Yapılan masraflar
tm-montant-total-frequence = Toplam tutar / Sıklık
tm-montant-rembourse = Geri ödenen tutar
tm-libelle-des-frais = Masrafın açıklaması
tm-par-jour = Günlük
tm-par-semaine = Haftalık
tm-par-mois = Aylık
tm-par-an = Yıllık
tm-supprimer-le-dernier-frais = Son masrafı sil
tm-ajouter-des-frais-ponctuels = Tek seferlik masraf ekle
tm-ajouter-des-frais-recurrents = Düzenli masraf ekle
tm-derniere-reponse-enregistree-le = { $updatedAt } tarihinde kaydedilen son yanıt: { $previousModel }
tm-nom-de-la-structure = Kuruluşun adı
tm-etes-vous-deja-en-contact = Zaten iletişimde misiniz?
tm-supprimer-la-derniere-structure = Son kuruluşu sil
tm-ajouter-une-structure = Kuruluş ekle

## mdph: representant-form

tm-type-de-mesure-de-protection = Koruma tedbirinin türü
tm-tutelle = Vesayet
tm-curatelle = Kısıtlı kayyımlık (curatelle)
tm-curatelle-renforcee = Güçlendirilmiş kayyımlık (curatelle renforcée)
tm-habilitation-familiale = Aile yetkilendirmesi (habilitation familiale)

## aidants: layouts

tm-page-d-accueil = Ana sayfa

## aidants: 400.html

tm-il-y-a-eu-un-souci = Veri alışverişi sırasında teknik bir sorun oluştu.
tm-la-syntaxe-de-la-requete-est = İsteğin sözdizimi hatalı. Tekrar deneyebilir veya sorun devam ederse bizimle iletişime geçebilirsiniz.

## aidants: 403.html

tm-vous-n-avez-pas-la-permission = Bu sayfaya erişim izniniz yok.
tm-si-vous-pensez-qu-il-s = Bunun bir hata olduğunu düşünüyorsanız ana sayfamıza gidebilir veya yardım almak için bizimle iletişime geçebilirsiniz.

## aidants: 404.html

tm-la-page-que-vous-cherchez-est = Aradığınız sayfa bulunamadı. Verdiğimiz rahatsızlıktan dolayı özür dileriz.
tm-si-vous-avez-tape-l-adresse = Web adresini tarayıcıya kendiniz yazdıysanız doğru olup olmadığını kontrol edin. Sayfa artık mevcut olmayabilir. Bu durumda ziyaretinize devam etmek için ana sayfamıza gidebilirsiniz. Aksi takdirde sizi doğru bilgiye yönlendirebilmemiz için bizimle iletişime geçin.

## aidants: 408.html

tm-le-temps-imparti-a-la-connexion = FranceConnect ile giriş için tanınan süre doldu.
tm-vous-pouvez-reessayer-la-connexion = Ana sayfadan yeniden giriş yapmayı deneyebilirsiniz. Sorun devam ederse bizimle iletişime geçin.

## aidants: 500.html

tm-desole-le-service-rencontre-un-probleme = Üzgünüz, hizmette bir sorun var, en kısa sürede çözmek için çalışıyoruz.
tm-essayez-de-rafraichir-la-page-ou = Sayfayı yenilemeyi deneyin veya daha sonra tekrar deneyin.
tm-si-vous-avez-besoin-d-une = Hemen yardıma ihtiyacınız varsa lütfen doğrudan bizimle iletişime geçin.

## aidants: aidants_connect_web

tm-imprimer-le-mandat = Vekâletnameyi yazdır
tm-mandat-final = Son vekâletname
tm-attention-ceci-est-un-projet-de = Dikkat! Bu bir vekâletname taslağıdır. Hiçbir hukuki değeri yoktur.
tm-le-mandat-a-ete-cree-avec = Vekâletname oluşturuldu. Vekâlet verene imzalatmak için lütfen yazdırın.
tm-pour-imprimer-selectionnez-dans-le-menu = 🖨 Yazdırmak için tarayıcınızın menüsünden “Dosya”yı, ardından “Yazdır”ı seçin.
tm-projet-de-mandat-traduit = Çevrilmiş vekâletname taslağı
tm-vous-trouverez-ci-dessous-un-mandat = Aşağıda, birkaç çevirisi bulunan örnek bir vekâletname var. Vekâletname çevirileri yalnızca kullanıcıya vekâletnamenin ne olduğunu ve sonuçlarını açıklamaya yarar. Bu çevirilerin hiçbir hukuki değeri yoktur. Yalnızca Fransızca son vekâletname hukuken geçerlidir.
tm-vous-pouvez-imprimer-ce-mandat-type = Bu örnek vekâletnameyi aşağıdaki düğmeye tıklayarak yazdırabilirsiniz. Dikkat, bu vekâletnamenin hiçbir hukuki değeri olmadığını hatırlatırız. Kullanıcıyı bilgilendirmek amacıyla çevrilmiştir.
tm-version-francaise = Fransızca sürüm
tm-traduire-le-mandat-en = Vekâletnameyi şu dile çevir:
tm-mandat-pour-realiser-des-demarches-en = “Aidants Connect” hizmetiyle çevrimiçi işlemler yapmak için vekâletname
tm-attention-nous-vous-rappelons-que-ce = Dikkat, bu vekâletnamenin hiçbir hukuki değeri olmadığını hatırlatırız. Kullanıcıyı bilgilendirmek amacıyla çevrilmiştir.
tm-version-francaise-et-traductions = Fransızca sürüm ve çeviriler
tm-revocation-d-une-autorisation-via-le = “Aidants Connect” hizmeti üzerinden bir yetkinin geri alınması
tm-je-soussigne-e-souhaite-revoquer-l = Aşağıda imzası bulunan ben, { $get_full_name }, { $creation_date } tarihinde { $organisation } ile oluşturulan “{ $authorization }” yetkisini geri almak istiyorum.
tm-fait-a-le = { $display_address }, { $date } tarihinde düzenlenmiştir
tm-le-mandant = Vekâlet veren
tm-lautorisation-a-ete-revoquee-avec-succes = Yetki geri alındı. Vekâlet verene imzalatmak için lütfen yazdırın.
tm-l-autorisation-a-ete-revoquee-avec = Yetki geri alındı!
tm-rappel-de-l-autorisation-revoquee = Geri alınan yetkinin özeti
tm-thematique-administrative = İdari konu
tm-date-de-l-autorisation = Yetki tarihi
tm-expiration-de-l-autorisation = Yetkinin bitişi
tm-imprimer-l-attestation-de-revocation = Geri alma belgesini yazdır
tm-confirmer-la-revocation-de-l = Yetkinin geri alınmasını onaylayın
tm-merci-de-verifier-les-informations-ci = Yetkinin geri alınmasını onaylamadan önce lütfen aşağıdaki bilgileri kontrol edin
tm-rappel-de-l-autorisation-en-cours = Geri alınmakta olan yetkinin özeti
tm-thematique-administrative-associee = İlgili idari konu
tm-souhaitez-vous-confirmer-la-revocation = Bu yetkinin geri alınmasını onaylamak istiyor musunuz?
tm-revoquer-l-autorisation = Yetkiyi geri al
tm-confirmation-de-revocation = Geri alma onayı
tm-merci-de-verifier-les-informations-ci-2 = Vekâletnamenin iptalini onaylamadan önce lütfen aşağıdaki bilgileri kontrol edin
tm-rappel-du-mandat-en-cours-de = İptal edilmekte olan vekâletnamenin özeti
tm-date-du-mandat = Vekâletname tarihi
tm-expiration-du-mandat = Vekâletnamenin bitişi
tm-souhaitez-vous-confirmer-la-revocation-2 = Bu vekâletnamenin iptalini onaylamak istiyor musunuz?
tm-revoquer-le-mandat = Vekâletnameyi iptal et
tm-revocation-d-un-mandat-via-le = Aidants Connect hizmeti üzerinden bir vekâletnamenin iptali
tm-je-soussigne-e-souhaite-revoquer-le = Aşağıda imzası bulunan ben, { $usager_name }, { $creation_date } tarihinde { $organisation } ile oluşturulan “Aidants Connect” vekâletnamesini iptal etmek istiyorum.
tm-le-mandat-a-ete-revoque-avec = Vekâletname iptal edildi. Vekâlet verene imzalatmak için lütfen yazdırın.
tm-le-mandat-a-ete-revoque-avec-2 = Vekâletname iptal edildi!
tm-rappel-du-mandat-revoque = İptal edilen vekâletnamenin özeti
tm-mandat-pour-realiser-des-demarches = 23 Mart 2020 tarihli kanunun 4’üncü maddesiyle ilan edilen sağlık olağanüstü hâli süresince “Aidants Connect” hizmeti üzerinden bir kullanıcı adına çevrimiçi idari işlemler yapmak için vekâletname.
tm-je-soussigne-e-autorise-dont-seuls = Aşağıda imzası bulunan ben, { $get_full_name }, yalnızca yetkili çalışanları benim yerime işlem yapabilen { $organisation } kuruluşunu, Medeni Kanun'un 1984 ve devamı maddeleri uyarınca, FranceConnect üzerinden erişilebilen işlemler olsun ya da olmasın, adıma aşağıdaki çevrimiçi idari işlemleri yapmaya yetkilendiriyorum:
tm-autorise-a-utiliser-ses-donnees-a = { $usager }, { $name } kuruluşunun kişisel verilerini yalnızca bu vekâletnamenin yerine getirilmesi için kullanmasına izin verir.
tm-l-aidant-habilite-de-a-rappele = { $name } kuruluşunun yetkili yardımcısı { $usager } kişisine müdahalenin amacını, bilgilerinin neden toplandığını ve ne işe yaradığını; verileri üzerindeki hakların (erişim, düzeltme, silme vb.) varlığını ve vekâlet verenin onayını istediği zaman geri alabileceğini hatırlattı.
tm-a-cette-fin = Bu amaçla:
tm-ne-collecter-et-conserver-que-les = yalnızca listelenen işlemler için kesinlikle gerekli bilgileri toplamak ve saklamak,
tm-nutiliser-les-informations-fournies-que = verilen bilgileri yalnızca listelenen işlemler için kullanmak. Başka işlemler yapmak için önce kullanıcıyı bilgilendirmeli ve iznini almalıdır;
tm-ne-collecter-et-conserver-que-les-2 = yalnızca listelenen işlem alanları için kesinlikle gerekli bilgileri toplamak ve saklamak;
tm-nutiliser-les-informations-fournies-que-2 = verilen bilgileri yalnızca bu işlemleri yapmak için kullanmak. Başka işlemler yapmak için önce kullanıcıyı bilgilendirmeli ve iznini almalıdır;
tm-mettre-a-jour-puis-a-supprimer = işlemler için artık gerekli olmadığında kullanıcıya ilişkin tüm bilgileri güncellemek, ardından silmek;
tm-respecter-la-confidentialite-des = verilen bilgilerin gizliliğine uymak;
tm-prendre-toutes-les-precautions-pour = iletilen kişisel verilerin güvenliğini sağlamak için her türlü önlemi almak.
tm-le-mandataire-sengage-a = Vekil şunları taahhüt eder:
tm-le-present-mandat-est-accepte-et = Bu vekâletname, { $name } kuruluşunun yetkili yardımcısının görevlerini yerine getirmesi için gereken süre boyunca kabul edilmiş ve onaylanmıştır. Vekâletname, yukarıda belirtilen işlemler tamamlandığında ya da vekâlet veren veya vekil vekâletnameyi iptal etmeye karar verdiğinde her an sona erer.
tm-l-aidant-habilite-de-est-tenu = { $name } kuruluşunun yetkili yardımcısı, görevli olduğu sürece vekâletnameyi yerine getirmekle yükümlüdür ve Medeni Kanun'un 1991 ve devamı maddeleri uyarınca yerine getirmemesinden doğabilecek zararlardan sorumludur.
tm-mandat-pour-realiser-des-demarches-en-2 = Sağlık olağanüstü hâli süresince “Aidants Connect” hizmetiyle çevrimiçi işlemler yapmak için vekâletname
tm-je-mappelle-je-suis-le-mandant = Adım: { $name } (vekâlet veren benim)
tm-jautorise-cest-le-mandataire-a-realiser = { $name } (vekil) kişisine benim yerime şu idari işlemleri yapma izni veriyorum: { $n }
tm-cette-autorisation-est-conforme-aux = Bu izin Medeni Kanun'un 1984 ve devamı maddelerine uygundur. İşlemler internette, FranceConnect kullanan sitelerde veya başka sitelerde yapılacaktır. İdarenin izin verdiği her yolla da yapılabilirler (telefon, kâğıt, e-posta, …).
tm-je-peux-annuler-mon-autorisation-a = İznimi istediğim zaman iptal edebilirim.
tm-je-reconnais-que-laidant-habilite-par = { $name } tarafından yetkilendirilen yardımcının bana müdahalesinin amacını hatırlattığını ve toplanan bilgilerin neden gerekli olduğu ve ne işe yaradığı konusunda beni bilgilendirdiğini kabul ediyorum;
tm-jautorise-les-aidants-habilites-par-a = { $name } tarafından yetkilendirilen yardımcıların kişisel verilerimi bu vekâletname kapsamında kullanmasına izin veriyorum. Hakkımdaki bilgiler üzerinde haklarım olduğunu biliyorum: erişim, düzeltme, silme.
tm-pour-que-puisse-agir-a-ma = { $name } benim yerime işlem yapabilsin diye:
tm-effectuer-les-demarches-listees-dans-ce = bu belgede listelenen işlemleri, onlara verdiğim bilgilere dayanarak benim yerime yapmak;
tm-collecter-et-conserver-seulement-les = yalnızca bu belgede listelenen işlemler veya bunlarla ilgili işlemler için gerekli bilgileri toplamak ve saklamak;
tm-utiliser-et-communiquer-seulement-les = yalnızca bu belgede listelenen işlemler veya bunlarla ilgili işlemler için gerekli bilgileri kullanmak ve iletmek;
tm-minformer-et-demander-mon-autorisation = bu belgede listelenenler dışında işlemler yapmadan önce beni bilgilendirmek ve iznimi istemek;
tm-mettre-a-jour-et-supprimer-lensemble = artık işe yaramadığında tüm kişisel bilgilerimi güncellemek ve silmek;
tm-sinterdire-de-rendre-publiques-mes = kişisel bilgilerimi asla kamuya açık hâle getirmemek;
tm-prendre-toutes-les-precautions-pour-2 = kişisel bilgilerimin güvenliğini sağlamak için her türlü önlemi almak.
tm-les-aidants-habilites-par-doivent = { $name } tarafından yetkilendirilen yardımcılar şunları yapmalıdır:
tm-a-partir-du-moment-ou-un = { $name } tarafından yetkilendirilen bir yardımcı, bu belgede listelenen işlemlerden birini benim yerime yaptığı andan itibaren, bunu bu belgede açıklanan koşullarda yapmayı kabul eder.
tm-les-demarches-decrites-ci-dessus-sont = yukarıda açıklanan işlemler tamamlanmıştır;
tm-je-decide-de-lannuler = iptal etmeye karar veririm;
tm-laidant-habilite-par-decide-de-lannuler = { $name } tarafından yetkilendirilen yardımcı iptal etmeye karar verir;
tm-je-donne-mon-autorisation-a-une = { $name } tarafından yetkilendirilen bir yardımcı dışında başka birine izin veririm. Bu durumda { $name } kuruluşunu en kısa sürede bilgilendirmem gerekir.
tm-mon-autorisation-est-donnee-et-acceptee = İznim { $n } verilmiş ve kabul edilmiştir. Şu durumlarda daha erken sona erer:
tm-l-aidant-habilite-par-doit-accomplir = { $name } tarafından yetkilendirilen yardımcı, vekâletname geçerli olduğu sürece bu belgede listelenen işlemleri benim yerime yapmalıdır. { $name } tarafından yetkilendirilen yardımcı, bu belgede açıklanan koşullara uymazsa sorumlu tutulabilir (Medeni Kanun madde 1991).
tm-jautorise-cest-le-mandataire-a-realiser-2 = { $name } (vekil) kişisine benim yerime şu idari işlemleri yapma izni veriyorum:
tm-collecter-et-conserver-utiliser-et = yalnızca bu belgede listelenen işlemler veya bunlarla ilgili işlemler için gerekli bilgileri toplamak ve saklamak, kullanmak ve iletmek;
tm-l-aidant-habilite-par-doit-accomplir-2 = { $name } tarafından yetkilendirilen yardımcı, vekâletname geçerli olduğu sürece bu belgede listelenen işlemleri benim yerime yapmalıdır. Bu belgede açıklanan koşullara uymazsa sorumlu tutulabilir (Medeni Kanun madde 1991).
tm-fait-a-le-2 = { $display_address }, { $display_city }, { $date } tarihinde düzenlenmiştir
tm-jautorise-cest-le-mandataire-a-realiser-3 = { $name } (vekil) kişisine benim adıma şu idari işlemleri yapma izni veriyorum:
tm-pour-que-puisse-agir-pour-mon = { $name } benim adıma işlem yapabilsin diye:
tm-effectuer-les-demarches-listees-dans-ce-2 = bu belgede listelenen işlemleri, onlara verdiğim bilgilere dayanarak benim adıma yapmak;
tm-a-partir-du-moment-ou-un-2 = { $name } tarafından yetkilendirilen bir yardımcı, bu belgede listelenen işlemlerden birini benim adıma yaptığı andan itibaren, bunu bu belgede açıklanan koşullarda yapmayı kabul eder.
tm-l-aidant-habilite-par-doit-accomplir-3 = { $name } tarafından yetkilendirilen yardımcı, vekâletname geçerli olduğu sürece bu belgede listelenen işlemleri benim adıma yapmalıdır. Bu belgede açıklanan koşullara uymazsa sorumlu tutulabilir (Medeni Kanun madde 1991).
tm-mandat-pour-realiser-des-demarches-en-3 = “Aidants Connect” hizmetiyle çevrimiçi işlemler yapmak için vekâletname
tm-je-mappelle-et-je-suis-le = Adım { $name } ve vekâlet veren benim.
tm-jautorise-en-tant-que-mandataire-a = { $name } kişisine, vekil olarak, benim adıma şu idari işlemleri yapma izni veriyorum:
tm-je-declare-ne-pas-faire-l = Hakkımda hiçbir hukuki koruma tedbiri (sauvegarde de justice, vesayet veya kayyımlık) bulunmadığını beyan ederim.
tm-jautorise-les-aidants-habilites-par-a-2 = { $name } tarafından yetkilendirilen yardımcıların kişisel verilerimi bu vekâletname kapsamında kullanmasına izin veriyorum. Hakkımdaki bilgiler üzerinde haklarım olduğunu biliyorum: erişim, bilgi alma, düzeltme, kısıtlama, silme.
tm-quand-un-aidant-habilite-par-realise = { $name } tarafından yetkilendirilen bir yardımcı, yukarıda listelenen işlemlerden birini benim adıma yaptığında, bunu bu belgede açıklanan koşullarda ve süre boyunca yapmayı taahhüt eder; aksi hâlde hukuki ve cezai sorumluluğu doğar.
tm-prendre-toutes-les-precautions-pour-3 = kişisel bilgilerimin güvenliğini ve gizliliğini sağlamak için her türlü önlemi almak.
tm-un-aidant-habilite-par-decide-de = { $name } tarafından yetkilendirilen bir yardımcı iptal etmeye karar verir;
tm-fait-a-le-3 = { $display_address }, { $zipcode } { $display_city }, { $date } tarihinde düzenlenmiştir
tm-prenom-nom-et-signature-du-mandataire = Vekilin (yardımcının) adı, soyadı ve imzası
tm-prenom-nom-et-signature-du-mandant = Vekâlet verenin (kullanıcının) adı, soyadı ve imzası
tm-il-y-a-des-erreurs-dans = Formda hatalar var
tm-lisez-ces-mentions-a-lusager = Bu açıklamaları kullanıcıya okuyun
tm-le-mandat-est-une-autorisation-ecrite = Vekâletname, yardımcının sizin için idari işlemler yapmasına izin veren yazılı bir yetkidir. Sizi ve size eşlik eden yardımcıyı korur. İstediğiniz zaman sona erdirebilirsiniz.
tm-une-fois-ce-mandat-signe-par = Bu vekâletname iki tarafça imzalandıktan sonra yardımcı şunları taahhüt eder:
tm-realiser-les-demarches-listees-dans-le = vekâletnamede listelenen işlemleri ona verdiğiniz bilgilere dayanarak yapmak;
tm-utiliser-et-enregistrer-seulement-les = yalnızca bu işlemler için gerekli bilgileri kullanmak ve kaydetmek;
tm-ne-pas-effectuer-dautres-demarches-que = vekâletnamede listelenenler dışında işlem yapmamak;
tm-securiser-lensemble-de-vos-informations = tüm bilgilerinizi güvence altına almak ve artık işe yaramadığında silmek.
tm-connectez-lusager-a-franceconnect = Kullanıcının FranceConnect ile girişini yapın
tm-recapitulatif-du-mandat-a-distance = Uzaktan vekâletnamenin özeti
tm-elements-du-mandat = Vekâletnamenin unsurları
tm-validation-de-lusager = Kullanıcının onayı
tm-en-cochant-ces-cases-confirme = { $name } bu kutuları işaretleyerek şunları onaylar:
tm-validation-de-laidant = Yardımcının onayı
tm-enregistrer-le-mandat = Vekâletnameyi kaydet

## aidants: login

tm-vous-etes-un-particulier = Bireysel kullanıcı mısınız?
tm-aidants-connect-n-est-pas-un = Aidants Connect, bireylerin veya yakınlarına yardım eden kişilerin kullanımına sunulan bir araç değildir.
tm-vous-rencontrez-un-probleme-lors-de = France Connect ile giriş yaparken veya kamu hizmetlerindeki kişisel alanlarınıza (CAF, vergi, ANTS...) erişirken sorun mu yaşıyorsunuz? İlgili yardım sayfasına bakın.
tm-vous-rencontrez-des-difficultes-avec-le = Dijital araçlarla zorlanıyor ve işlemlerinizi yapmak veya daha bağımsız olmak için size özel destek almak mı istiyorsunuz? Size yakın bir yer bulun.

## aidants: aidants_connect_common

tm-adresse-e-mail = E-posta adresi

## aidants: aidants_connect_web

tm-numero-de-telephone-mobile = Cep telefonu numarası
tm-format-attendu-10-chiffres = İstenen biçim: 10 rakam
tm-format-attendu-6-chiffres = İstenen biçim: 6 rakam
tm-selectionnez-la-ou-les-demarches = Bir veya birden fazla işlem seçin
tm-choisissez-la-duree-du-mandat = Vekâletnamenin süresini seçin
tm-code-a-6-chiffres = 6 haneli kod
tm-choisir = Seçin…
tm-exemple-prenom-nom-exemple-fr = Örnek: prenom-nom@exemple.fr
tm-nouvelle-adresse-e-mail = Yeni e-posta adresi
tm-erreur-veuillez-saisir-uniquement-des = Hata: lütfen yalnızca geçerli e-posta adresleri girin.
tm-telephone-mobile = Cep telefonu

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
tm-texte-de-validation = Doğrulama metni
tm-verifier-ma-demande = Başvurumu kontrol et
tm-supprimer-le-justificatif-de-domicile = İkamet belgesini sil
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
tm-le-jour-est-invalide-le-mois-est = Gün geçersiz Ay geçersiz Yıl geçersiz
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
