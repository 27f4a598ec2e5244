### Relais — translation memory, Georgian (ka): the same ids, order and groups as locales/fr/portals.ftl.
### Each value is a full translation of the French portal string (the portal's own English, en/portals.ftl,
### used only as a help). Variables ({ $n }, { $date }, { $email }…) are kept; a number that counts
### a noun takes this language's plural forms. French names of buttons and pages the person must find
### on screen are given in French in quotes.
### Machine-drafted by an AI model (Claude), December 2026. Not reviewed by a native speaker.


## ds: components account_dropdown_component

tm-passer-en-super-admin = სუპერადმინისტრატორის რეჟიმზე გადასვლა
tm-passer-en-usager = მომხმარებლის რეჟიმზე გადასვლა
tm-passer-en-instructeur = საქმის განმხილველის (instructeur) რეჟიმზე გადასვლა
tm-passer-en-expert = ექსპერტის რეჟიმზე გადასვლა
tm-passer-en-gestionnaire = მმართველის რეჟიმზე გადასვლა
tm-se-deconnecter = გასვლა

## ds: components attachment

tm-reessayer = ხელახლა ცდა
tm-supprimer-le-fichier = { $file } ფაილის წაშლა
tm-plusieurs-fichiers-possibles = შეიძლება რამდენიმე ფაილის დამატება.
tm-remplacer-le-fichier = { $file } ფაილის შეცვლა
tm-le-format-pdf-est-generalement-le = .PDF ფორმატი, როგორც წესი, ყველაზე მოსახერხებელია, რადგან ყველა მოწყობილობაზე ადვილად იკითხება.
tm-virus-detecte-merci-denvoyer-un-autre = აღმოჩენილია ვირუსი, გთხოვთ, გამოგზავნოთ სხვა ფაილი.
tm-le-fichier-est-corrompu-merci-denvoyer = ფაილი დაზიანებულია, გთხოვთ, გამოგზავნოთ სხვა ფაილი.
tm-ajoutee-le = დამატებულია { $date }
tm-modifiee-le = შეცვლილია { $date }
tm-le-traitement-de-votre-piece-jointe = თქვენი თანდართული ფაილის დამუშავებას მოსალოდნელზე მეტი დრო სჭირდება.
tm-le-traitement-de-vos-pieces-jointes = თქვენი თანდართული ფაილების დამუშავებას მოსალოდნელზე მეტი დრო სჭირდება.
tm-cela-ne-vous-empeche-pas-de = ეს არ გიშლით ხელს, წარადგინოთ თქვენი საქმე, თუ გსურთ.
tm-chargement-de-fichier = ფაილი იტვირთება
tm-virus-detecte-le-telechargement-est = აღმოჩენილია ვირუსი, ჩამოტვირთვა დაბლოკილია.
tm-apercu-non-disponible = წინასწარი ნახვა მიუწვდომელია

## ds: components autosave_notice_component

tm-formulaire-en-erreur = ფორმაში შეცდომებია

## ds: components dossiers

tm-adresse = მისამართი
tm-pays = ქვეყანა
tm-autres-informations-sur-lorganisme-sur = ➡ დამატებითი ინფორმაცია ორგანიზაციის შესახებ საიტზე „annuaire-entreprises.data.gouv.fr“
tm-brouillon-enregistre-avec-succes = მონახაზი წარმატებით შეინახა
tm-attention-impossible-denregistrer-le = ყურადღება: მონახაზის შენახვა ვერ მოხერხდა.
tm-vos-modifications-sont-automatiquement = თქვენი ცვლილებები ავტომატურად ინახება.
tm-deposez-les-quand-vous-aurez-termine = წარადგინეთ ისინი, როცა დაასრულებთ.
tm-modifications-enregistrees-avec-succes = ცვლილებები წარმატებით შეინახა
tm-annotations-enregistrees-avec-succes = შენიშვნები წარმატებით შეინახა
tm-attention-impossible-denregistrer-les = ყურადღება: შენიშვნების შენახვა ვერ მოხერხდა.
tm-commune = თემი (commune)
tm-les-dossiers-ont-ete-supprimes-vous = საქმეები წაიშალა. მათ აღდგენას ვეღარ შეძლებთ შემდეგი მიზეზების გამო:
tm-vous-avez-supprime-votre-dossier = თქვენ წაშალეთ თქვენი საქმე.
tm-deposer-le-dossier = საქმის წარდგენა
tm-deposer-les-modifications = ცვლილებების წარდგენა
tm-pourquoi-je-ne-peux-pas-deposer = რატომ ვერ წარვადგენ ჩემს საქმეს?
tm-verifier-le-dossier = საქმის შემოწმება
tm-envoi-en-cours = იგზავნება…
tm-en-tant-quinvite-vous-pouvez-remplir = როგორც მოწვეულ პირს, შეგიძლიათ შეავსოთ ეს ფორმა, მაგრამ საქმე მისმა მფლობელმა თავად უნდა წარადგინოს.
tm-des-modifications-nont-pas-encore-ete = ზოგიერთი ცვლილება ჯერ არ არის წარდგენილი
tm-vous-avez-apporte-des-modifications = საქმის წარდგენის შემდეგ თქვენ შეიტანეთ ცვლილებები. წარადგინეთ ისინი, რომ ადმინისტრაციამ ისინი გაითვალისწინოს.
tm-continuer-a-modifier = ცვლილებების გაგრძელება
tm-votre-dossier-contient-1-champ-en = თქვენს საქმეში 1 ველი შეცდომით არის შევსებული
tm-votre-dossier-contient-champs-en-erreur = თქვენს საქმეში { $n } ველი შეცდომით არის შევსებული
tm-corrigez-la-pour-poursuivre = გასაგრძელებლად გაასწორეთ შეცდომა:
tm-corrigez-les-pour-poursuivre = გასაგრძელებლად გაასწორეთ შეცდომები:
tm-plus-dinformations = მეტი ინფორმაცია
tm-moins-dinformations = ნაკლები ინფორმაცია
tm-votre-identite = თქვენი პირადი მონაცემები
tm-vous-agissez-en-tant-que-mandataire = თქვენ მოქმედებთ როგორც წარმომადგენელი (mandataire), ან პროფესიულად (მაგალითად, ბუღალტერი, ადვოკატი, საჯარო მოხელე…), ან პირადად (ოჯახი). დარწმუნდით, რომ იცავთ პირობებს, რომლებიც დადგენილია
tm-articles-1984-et-suivants-du-code = სამოქალაქო კოდექსის 1984-ე და მომდევნო მუხლებით.
tm-identite-du-beneficiaire = მიმღების პირადი მონაცემები
tm-vous-ne-pouvez-pas-deposer-votre = თქვენ ვერ წარადგენთ თქვენს საქმეს
tm-repondre = პასუხი
tm-invite = მოწვეული პირი
tm-supprimer-le-message = შეტყობინების წაშლა
tm-supprimer-la-demande-de-correction-et = შესწორების მოთხოვნისა და ამ შეტყობინების წაშლა
tm-supprimer-le-message-en-attente-de = პასუხის მომლოდინე შეტყობინების წაშლა
tm-etes-vous-sur-de-vouloir-supprimer = დარწმუნებული ხართ, რომ გსურთ ამ შეტყობინების წაშლა?
tm-email-automatique = ავტომატური წერილი
tm-vous = თქვენ
tm-message-supprime = შეტყობინება წაშლილია
tm-non-lu = წაუკითხავი
tm-usager = მომხმარებელი
tm-vous-devez-effectuer-les-modifications = მოთხოვნილი ცვლილებები თქვენი საქმის შეცვლით უნდა შეიტანოთ.
tm-modifier-le-dossier = საქმის შეცვლა
tm-cree-depuis-le = შექმნილია თარიღიდან
tm-depose-depuis-le = წარდგენილია თარიღიდან
tm-appliquer-les-filtres = ფილტრების გამოყენება
tm-reinitialiser-les-filtres = ფილტრების გასუფთავება
tm-selectionner-un-filtre = აირჩიეთ ფილტრი
tm-1-filtre-actif = 1 აქტიური ფილტრი
tm-filtres-actifs = { $n } აქტიური ფილტრი
tm-supprimer-1-filtre-actif = 1 აქტიური ფილტრის მოხსნა
tm-selectionner-un-statut = აირჩიეთ სტატუსი
tm-afficher-les-dossiers-par-demarche = საქმეების ჩვენება პროცედურების მიხედვით
tm-afficher = ჩვენება

## ds: components dsfr

tm-telecharger-le-fichier = ფაილის ჩამოტვირთვა
tm-ce-lien-est-ephemere-et-ne = ეს ბმული დროებითია და არ უნდა გაუზიაროთ სხვას.
tm-afficher-le-mot-de-passe = პაროლის ჩვენება
tm-afficher-la-confirmation-du-mot-de = პაროლის დადასტურების ჩვენება
tm-ladresse-electronique-semble-erronee = ელფოსტის მისამართი, როგორც ჩანს, არასწორია
tm-vouliez-vous-ecrire = იქნებ გინდოდათ დაგეწერათ:
tm-recherche-en-cours-pour-le-siret = მიმდინარეობს ძებნა SIRET-ით { $value }…
tm-au-capital-social-de = { $name } { $forme_juridique }, საწესდებო კაპიტალით { $amount }
tm-donnee-remplie-automatiquement = მონაცემი ავტომატურად შეივსო.
tm-une-erreur-est-survenue-lors-de = თქვენი დოკუმენტის ანალიზისას მოხდა შეცდომა. ყურადღებას ნუ მიაქცევთ ამ შეტყობინებას, თუ დარწმუნებული ხართ თქვენს ფაილში.
tm-masquer-le-message = შეტყობინების დამალვა

## ds: components editable_champ

tm-numero-et-nom-de-voie-ou = სახლის ნომერი და ქუჩის სახელწოდება, ან ადგილის სახელწოდება
tm-une-erreur-est-survenue-lors-de-2 = ძებნისას მოხდა შეცდომა
tm-une-erreur-est-survenue-lors-de-3 = ძებნისას მოხდა შეცდომა. თუ პრობლემა გაგრძელდა, მონიშნეთ „ჩემს მისამართს შეთავაზებებში ვერ ვპოულობ“ („Je ne trouve pas mon adresse dans les suggestions“) და გააგრძელეთ.
tm-ville = ქალაქი
tm-exemple-london = მაგალითი: London
tm-ville-ou-commune = ქალაქი ან თემი
tm-renseignez-le-nom-ou-le-code = შეიყვანეთ ქალაქის სახელწოდება ან საფოსტო ინდექსი, შემდეგ სიიდან აირჩიეთ თემი. მაგალითი: Strasbourg
tm-code-postal = საფოსტო ინდექსი
tm-je-ne-trouve-pas-mon-adresse = ჩემს მისამართს შეთავაზებებში ვერ ვპოულობ
tm-saisissez-une-adresse-une-voie-un = შეიყვანეთ მისამართი, ქუჩა, ადგილის სახელწოდება ან თემი. მაგალითი: 11 rue Réaumur, Paris
tm-centrer-la-carte-en-recherchant-une = რუკის ცენტრირება მისამართის მოძებნით
tm-commencez-a-saisir = დაიწყეთ აკრეფა
tm-ajouter-un-point-sur-la-carte = რუკაზე წერტილის დამატება
tm-exemple = მაგალითი:
tm-afficher-votre-position-sur-la-carte = თქვენი მდებარეობის ჩვენება რუკაზე
tm-ajouter-le-point-avec-les-coordonnees = წერტილის დამატება რუკაზე შეყვანილი კოორდინატებით
tm-ajouter-un-fichier-gpx-ou-kml = GPX ან KML ფაილის დამატება
tm-supprimer-le-fichier-2 = ფაილის წაშლა
tm-modification-a-deposer = წარსადგენი ცვლილება
tm-information-champ-actualise-par = ინფორმაცია: ველი განაახლა ადმინისტრაციამ. შეამოწმეთ მისი შინაარსი.
tm-la-taille-maximale-conseillee-est-de = რეკომენდებული მაქსიმალური ზომაა { $n } სიმბოლო.
tm-le-numero-dallocataire-caf = CAF-ის დახმარების მიმღების ნომერი
tm-il-est-generalement-compose-de-7 = როგორც წესი, შედგება 7 ციფრისგან.
tm-le-code-postal = საფოსტო ინდექსი
tm-il-est-generalement-compose-de-5 = როგორც წესი, შედგება 5 ციფრისგან.
tm-numero-daccreditation = აკრედიტაციის ნომერი
tm-format-jj-mm-aaaa = ფორმატი: დდ/თთ/წწწწ
tm-le-numero-fiscal = საგადასახადო ნომერი
tm-il-est-generalement-compose-de-13 = როგორც წესი, შედგება 13 ან 14 სიმბოლოსგან.
tm-la-reference-davis-dimposition = საგადასახადო შეტყობინების ნომერი (référence d’avis d’imposition)
tm-elle-est-generalement-composee-de-13 = როგორც წესი, შედგება 13 ან 14 სიმბოლოსგან.
tm-identifiant-national-etudiant-il-est = სტუდენტის ეროვნული იდენტიფიკატორი. როგორც წესი, შედგება ასოებისა და ციფრებისგან.
tm-identifiant = იდენტიფიკატორი
tm-il-est-generalement-compose-de = როგორც წესი, შედგება ასოებისა და ციფრებისგან.
tm-ajouter-un-element-supplementaire-a = კიდევ ერთი ელემენტის დამატება „{ $name }“-ში
tm-supprimer = წაშლა — { $name } { $n }
tm-aucune-fondation-trouvee = ფონდი ვერ მოიძებნა
tm-ce-rnf-correspond-a = ეს RNF შეესაბამება: { $name }, { $address }
tm-il-vous-reste-caracteres = დაგრჩათ { $n } სიმბოლო.
tm-vous-avez-atteint-la-taille-maximale = მიაღწიეთ რეკომენდებულ მაქსიმალურ ზომას.
tm-oui = დიახ

## ds: components expandable_error_list

tm-afficher-toutes-les-erreurs = ყველა შეცდომის ჩვენება

## ds: components password_complexity_component

tm-mot-de-passe-acceptable-vous-pouvez = პაროლი მისაღებია. შეგიძლიათ დაადასტუროთ… ან გააუმჯობესოთ თქვენი პაროლი.
tm-mot-de-passe-vulnerable = სუსტი პაროლი.
tm-mot-de-passe-tres-vulnerable = ძალიან სუსტი პაროლი.
tm-pour-un-mot-de-passe-securise = უსაფრთხო პაროლისთვის ნუ გამოიყენებთ ერთმანეთის მიყოლებით მდგომ ან ერთნაირ განმეორებად სიმბოლოებს. მაგალითად, შეგიძლიათ აირჩიოთ ფრაზა (გამოტოვებებით), რომელსაც ადვილად დაიმახსოვრებთ.

## ds: components switch_domain_banner_component

tm-suivez-ce-lien-pour-vous-connecter = ახალ მისამართზე შესასვლელად გადადით ამ ბმულზე.
tm-nous-avons-detecte-une-erreur-reseau = აღმოვაჩინეთ ქსელის შეცდომა, რის გამოც იქ ვერ გადაგამისამართებთ. მიმართეთ თქვენს IT სამსახურს, რომ დაუშვას წვდომა demarche.numerique.gouv.fr-ზე.

## ds: errors

tm-nest-pas-dun-type-accepte = დაშვებული ტიპის არ არის
tm-est-trop-lourd-e-le-fichier = ძალიან დიდია. ფაილი არ უნდა აღემატებოდეს { $amount }-ს.

## ds: devise

tm-demander-un-nouveau-mot-de-passe = ახალი პაროლის მოთხოვნა
tm-vous-etes-connecte-e-vous-pouvez = თქვენ შეხვედით სისტემაში! ნებისმიერ დროს შეგიძლიათ გადაერთოთ თქვენს სხვადასხვა პროფილს შორის: { $roles }.
tm-vous-etes-maintenant-deconnecte-e = თქვენ გამოხვედით სისტემიდან.

## ds: users

tm-votre-compte-a-deja-ete-active = თქვენი ანგარიში უკვე გააქტიურებულია.

## ds: insee_down

tm-linsee-est-indisponible-les-informations = INSEE მიუწვდომელია, ინფორმაცია საწარმოს შესახებ რამდენიმე საათში მოვა.

## ds: invisible_captcha

tm-si-vous-etes-un-humain-laissez = თუ ადამიანი ხართ, ეს ველი ცარიელი დატოვეთ

## ds: clipboard

tm-copie = დაკოპირდა

## ds: help_dropdown

tm-trouvez-votre-reponse-dans-la = პასუხი იპოვეთ აქ:
tm-contact-technique = ტექნიკური კონტაქტი
tm-envoyez-nous-un-message-a = მოგვწერეთ მისამართზე { $email }.
tm-besoin-daide-pour-remplir-votre-dossier = დახმარება გჭირდებათ საქმის შესავსებად?

## ds: utils

tm-nombre-a-virgule = ათწილადი რიცხვი
tm-nombre-entier = მთელი რიცხვი
tm-liste-a-choix-multiple = მრავალჯერადი არჩევანის სია
tm-deconnexion = გასვლა
tm-pieces-jointes = თანდართული ფაილები
tm-les-champs-suivis-dun-asterisque = ვარსკვლავით ( სავალდებულო ) მონიშნული ველების შევსება სავალდებულოა.
tm-facultatif = (არასავალდებულო)
tm-envoyer-le-message = შეტყობინების გაგზავნა
tm-nouvel-onglet = ახალი ჩანართი

## ds: skiplinks

tm-acces-rapide = სწრაფი წვდომა
tm-contenu = შინაარსი

## ds: combo_search_component

tm-quand-les-resultats-de-lautocomplete = როცა ავტომატური შევსების შედეგები გამოჩნდება, შედეგების სიაში გადასაადგილებლად გამოიყენეთ ზემოთ და ქვემოთ ისრები. შედეგის ასარჩევად დააჭირეთ Enter-ს. შედეგების სიის დასახურად დააჭირეთ Esc-ს.
tm-aucun-resultat = შედეგი არ არის
tm-1-resultat = 1 შედეგი
tm-resultats = შედეგი

## ds: layouts

tm-un-outil-simple-pour-gerer-les = მარტივი ხელსაწყო ელექტრონული ადმინისტრაციული ფორმების სამართავად.
tm-mon-compte = ჩემი ანგარიში
tm-revenir-en-arriere = უკან დაბრუნება
tm-revenir-en-arriere-sur-le-site = უკან დაბრუნება, ჩემი ადმინისტრაციის საიტზე
tm-menu-principal = მთავარი მენიუ
tm-mes-dossiers = ჩემი საქმეები
tm-consulter-mon-dossier = ჩემი საქმის ნახვა
tm-jai-une-question = შეკითხვა მაქვს
tm-aller-a-la-page-daccueil = მთავარ გვერდზე გადასვლა

## ds: views

tm-creation-de-compte-sur = ანგარიშის შექმნა საიტზე { $name }
tm-se-creer-un-compte-avec-une = ანგარიშის შექმნა ელფოსტის მისამართით
tm-adresse-electronique = ელფოსტის მისამართი
tm-mot-de-passe-caracteres-minimum = პაროლი (მინიმუმ { $n } სიმბოლო)
tm-avant-deffectuer-votre-demarche-nous = პროცედურის დაწყებამდე უნდა შევამოწმოთ თქვენი ელფოსტის მისამართი { $email }.
tm-ouvrez-votre-boite-email-et-cliquez = გახსენით თქვენი ელფოსტა და დააჭირეთ აქტივაციის ბმულს მიღებულ წერილში.
tm-renvoyer-un-email-de-confirmation = დადასტურების წერილის ხელახლა გაგზავნა
tm-lautorisation-de-vient-detre-revoquee = ნებართვა { $email }-სთვის ახლახან გაუქმდა. შეგიძლიათ სხვა პირი მოიწვიოთ.
tm-vous-ne-pouvez-pas-revoquer-cette = ამ ნებართვის გაუქმება არ შეგიძლიათ
tm-inviter-une-personne-a-modifier-ce = პირის მოწვევა ამ საქმის შესაცვლელად
tm-gestion-des-invites = მოწვეული პირების მართვა
tm-les-invites-ont-le-droit-de = მოწვეულ პირებს შეუძლიათ თქვენი საქმის ნახვა და შეცვლა.
tm-ajouter-un-invite = მოწვეული პირის დამატება
tm-envoyer-une-invitation = მოწვევის გაგზავნა
tm-revoquer-lacces = წვდომის გაუქმება
tm-aucun-invite-ne-peut-voir-et = ამჟამად ვერცერთი მოწვეული პირი ვერ ნახავს და ვერ შეცვლის ამ საქმეს.
tm-1-personne-invitee = 1 მოწვეული პირი
tm-personnes-invitees = { $n } მოწვეული პირი
tm-une-fois-le-dossier-complet-vous = როცა საქმე შევსებული იქნება, თქვენ თავად მოგიწევთ მისი წარდგენა.
tm-dernier = ბოლო
tm-precedent = წინა
tm-premier = პირველი
tm-lusager-a-supprime-son-compte = (მომხმარებელმა წაშალა თავისი ანგარიში)
tm-cordialement = პატივისცემით,
tm-modifie-par-lusager-le = მომხმარებელმა შეცვალა { $date }
tm-passe-en-instruction-le = განხილვაზე გადაეცა { $date }
tm-accepte-le = მიღებულია { $date }
tm-classe-sans-suite-le = დახურულია შემდგომი მოქმედების გარეშე { $date }
tm-telecharger-lattestation = ცნობის ჩამოტვირთვა
tm-votre-dossier-est-enregistre = თქვენი საქმე ავტომატურად ინახება ყოველი ცვლილების შემდეგ. შეგიძლიათ ნებისმიერ დროს დახუროთ ფანჯარა და მოგვიანებით გააგრძელოთ იქიდან, სადაც გაჩერდით.
tm-envoyer-et-marquer-le-dossier = გაგზავნა და საქმის მონიშვნა
tm-en-attente-de-reponse = ელოდება პასუხს
tm-votre-message-obligatoire = თქვენი შეტყობინება (სავალდებულო)
tm-ecrivez-votre-message-a-l-administration = აქ დაწერეთ თქვენი შეტყობინება ადმინისტრაციისთვის
tm-identite-du-demandeur = განმცხადებლის პირადი მონაცემები
tm-identite-du-mandataire = წარმომადგენლის პირადი მონაცემები
tm-sections-du-formulaire = ფორმის განყოფილებები
tm-modifier-le-siret = SIRET-ის შეცვლა
tm-lusager-a-pris-connaissance-de-la = მომხმარებელი თავის საქმეზე მიღებულ გადაწყვეტილებას გაეცნო { $agreement }.
tm-identifier-votre-etablissement = მიუთითეთ თქვენი დაწესებულება
tm-civilite = მიმართვის ფორმა
tm-nom = გვარი
tm-renseignez-le-numero-de-siret-de = პროცედურის დასაწყებად შეიყვანეთ თქვენი საწარმოს, დაწესებულების ან ასოციაციის SIRET-ის ნომერი.
tm-pour-trouver-votre-numero-siret-utilisez = თქვენი SIRET-ის ნომრის საპოვნელად გამოიყენეთ { $annuaire_link } ან ჰკითხეთ თქვენს ბუღალტერიას.
tm-continuer = გაგრძელება
tm-merci = გმადლობთ!
tm-votre-dossier-sur-la-demarche = თქვენი საქმე პროცედურაზე
tm-a-bien-ete-envoye = წარმატებით გაიგზავნა.
tm-vous-avez-desormais-acces-a-votre = ახლა უკვე გაქვთ წვდომა თქვენს
tm-dossier-en-ligne = ონლაინ საქმეზე.
tm-vous-pouvez = შეგიძლიათ
tm-le-modifier = მისი შეცვლა
tm-et = და
tm-echanger-avec-un-instructeur = საქმის განმხილველ თანამშრომელთან მიმოწერა.
tm-telecharger-mon-dossier = ჩემი საქმის ჩამოტვირთვა
tm-telecharger-mon-attestation = ჩემი ცნობის ჩამოტვირთვა
tm-suivi-de-votre-dossier = თქვენი საქმის მიმდინარეობა
tm-votre-dossier = თქვენი საქმე
tm-dossier-n = საქმე № { $n }
tm-en-brouillon-depuis-le = - მონახაზი { $date }-დან
tm-dossier-pdf = dossier-{ $n }.pdf (საქმის PDF ფაილი)
tm-brouillon = მონახაზი
tm-votre-dossier-est-en-cours-dinstruction = თქვენს საქმეს ადმინისტრაცია განიხილავს. მისი შეცვლა აღარ შეგიძლიათ.
tm-votre-dossier-est-soumis-au-cadre = თქვენს საქმეზე ვრცელდება სამართლებრივი წესი „Silence Vaut Accord“ (დუმილი ნიშნავს თანხმობას)
tm-votre-dossier-est-soumis-au-cadre-2 = თქვენს საქმეზე ვრცელდება სამართლებრივი წესი „Silence Vaut Rejet“ (დუმილი ნიშნავს უარს)
tm-termine = დასრულებული
tm-vous-avez-une-question-utilisez-la = შეკითხვა გაქვთ? ადმინისტრაციასთან პირდაპირ დასაკავშირებლად გამოიყენეთ შეტყობინებების განყოფილება.
tm-motivation = დასაბუთება:
tm-attestation = ცნობა:
tm-votre-dossier-a-ete-accepte = თქვენი საქმე მიღებულია
tm-motif-de-lacceptation = მიღების მიზეზი
tm-votre-dossier-a-ete-refuse = თქვენს საქმეზე უარი ითქვა
tm-envoyer-un-message-a-ladministration = შეტყობინების გაგზავნა ადმინისტრაციისთვის
tm-dernier-message = ბოლო შეტყობინება
tm-votre-prochain-rendez-vous = თქვენი შემდეგი ვიზიტი
tm-voir-mon-rendez-vous-sur-rdv = ჩემი ვიზიტის ნახვა RDV Service Public-ზე
tm-modifier-le-dossier-vous-pouvez-modifier = საქმის შეცვლა - შეგიძლიათ შეცვალოთ თქვენი საქმე, სანამ ის განხილვაზე არ გადავა
tm-rechercher-un-dossier-par-n-de = საქმის ძებნა (საქმის ნომრით, საკვანძო სიტყვებით…)
tm-rechercher-un-dossier-par-n-de-2 = საქმის ძებნა (საქმის ნომრით, გვარით / სახელით, საკვანძო სიტყვებით…)
tm-saisissez-votre-recherche = შეიყვანეთ საძიებო სიტყვები
tm-resultat-de-la-recherche-pour = ძებნის შედეგი მოთხოვნისთვის „{ $search_terms }“
tm-et-pour-la-procedure = და პროცედურისთვის „{ $name }“
tm-dossier-numero = საქმე ნომერი { $n }
tm-ladministration-ne-traitera-plus-votre = ადმინისტრაცია აღარ განიხილავს თქვენს მოთხოვნას.
tm-dossier-n-2 = საქმე №
tm-ne-correspond-aux-termes-recherches = არ შეესაბამება საძიებო სიტყვებს
tm-ne-correspond-aux-filtres-selectionnes = არ შეესაბამება არჩეულ ფილტრებს
tm-cette-demarche-est-close-vous-ne = ეს პროცედურა დახურულია ამ საქმის წარდგენა არ შეგიძლიათ. გთავაზობთ, წარადგინოთ ახალი საქმე პროცედურაში { $link }, რომელიც მას ცვლის.
tm-cette-demarche-est-close-vous-ne-2 = ეს პროცედურა დახურულია ვერც ამ საქმეს წარადგენთ და ვერც ახალს ამ პროცედურისთვის. { $link }
tm-cette-demarche-est-close-votre-dossier = ეს პროცედურა დახურულია თქვენი საქმე წარდგენილია და ადმინისტრაციას შეუძლია მისი განხილვა. საჭიროების შემთხვევაში შეგიძლიათ ახალი საქმე წარადგინოთ პროცედურაში { $link }, რომელიც მას ცვლის.
tm-cette-demarche-est-close-votre-dossier-2 = ეს პროცედურა დახურულია თქვენი საქმე წარდგენილია და ადმინისტრაციას შეუძლია მისი განხილვა. ამ პროცედურისთვის ახალი საქმის წარდგენა არ შეგიძლიათ. { $link }
tm-cette-demarche-est-close-votre-dossier-3 = ეს პროცედურა დახურულია ადმინისტრაციამ თქვენი საქმე დაამუშავა. საჭიროების შემთხვევაში შეგიძლიათ ახალი საქმე წარადგინოთ პროცედურაში { $link }, რომელიც მას ცვლის.
tm-cette-demarche-est-close-votre-dossier-4 = ეს პროცედურა დახურულია ადმინისტრაციამ თქვენი საქმე დაამუშავა. ამ პროცედურისთვის ახალი საქმის წარდგენა არ შეგიძლიათ. { $link }
tm-nouvelle-demarche-disponible = ხელმისაწვდომია ახალი პროცედურა
tm-cette-demarche = ეს პროცედურა
tm-ce-dossier-attend-vos-corrections = ეს საქმე თქვენს შესწორებებს ელოდება ნახეთ, რა ცვლილებები უნდა შეიტანოთ, საქმე № { $n }-ის შეტყობინებებში.
tm-ce-dossier-attend-votre-reponse = ეს საქმე თქვენს პასუხს ელოდება
tm-consultez-la-messagerie-du-dossier = გახსენით საქმე № { $n }-ის შეტყობინებები და უპასუხეთ ადმინისტრაციას.
tm-cree-le = შექმნილია { $date }
tm-mis-a-la-corbeille-automatiquement-le = ავტომატურად გადავიდა სანაგვე ყუთში { $date }, რადგან შენახვის მაქსიმალური ვადა ამოიწურა
tm-commencer-un-nouveau-dossier = ახალი საქმის დაწყება
tm-dupliquer-le-dossier = საქმის ასლის შექმნა
tm-voulez-vous-vraiment-mettre-a-la = ნამდვილად გსურთ ამ საქმის სანაგვე ყუთში გადატანა?
tm-en-continuant-vous-allez-supprimer-ce = თუ გააგრძელებთ, წაშლით ამ საქმეს, მასში არსებულ ინფორმაციას და მისი გადაცემის მოთხოვნას მისამართზე { $email }. ყოველი წაშლა ნიშნავს მიმდინარე პროცედურის გაუქმებას. ადასტურებთ წაშლას?
tm-continuer-a-remplir = შევსების გაგრძელება
tm-restaurer = აღდგენა
tm-restaurer-et-etendre-la-conservation-du = საქმე ნომერი { $id }-ის აღდგენა და შენახვის ვადის გაგრძელება ({ $duree_conservation_dossiers_dans_ds } თვე)
tm-autres-actions = სხვა მოქმედებები
tm-le-support-technique = ტექნიკური მხარდაჭერა
tm-une-demande-de-transfert-est-en = მიმდინარეობს საქმე № { $n }-ის გადაცემის მოთხოვნა მისამართზე { $email }
tm-une-demande-de-transfert-par-le = მიმდინარეობს ტექნიკური მხარდაჭერის მოთხოვნა საქმე № { $n }-ის გადაცემაზე მისამართზე { $email }
tm-demande-de-transfert-par-le-support = ტექნიკური მხარდაჭერის მოთხოვნა { $email }-ის საქმე № { $n }-ის გადაცემაზე
tm-accepter = მიღება
tm-refuser = უარყოფა
tm-connexion-a = შესვლა საიტზე { $name }
tm-mot-de-passe-oublie = დაგავიწყდათ პაროლი?
tm-trouvez-votre-demarche = იპოვეთ თქვენი პროცედურა
tm-vous-etes-agent-de-la-fonction = სახელმწიფო მოხელე ხართ?
tm-accedez-a-notre-page-dediee = გადადით ჩვენს სპეციალურ გვერდზე
tm-se-connecter-avec-son-compte = შესვლა თქვენი ანგარიშით
tm-si-vous-voyez-cette-page-trop = თუ ამ გვერდს ძალიან ხშირად ხედავთ, გაეცანით ჩვენს დახმარების გვერდს.
tm-changement-de-mot-de-passe = პაროლის შეცვლა
tm-changer-le-mot-de-passe = პაროლის შეცვლა
tm-si-un-compte-existe-avec-ladresse = თუ არსებობს ანგარიში მისამართით { $email }, გამოგიგზავნეთ წერილი პაროლის აღსადგენად.
tm-vous-navez-pas-recu-lemail = წერილი არ მიგიღიათ?
tm-verifiez-la-boite-indesirables-ou-spam = შეამოწმეთ თქვენი ელფოსტის „არასასურველი“ ან „სპამის“ საქაღალდე.
tm-vous-etes-vous-connecte-avec-france = წარსულში France Connect-ით შედიოდით? ამ შემთხვევაში ხელახლა სცადეთ France Connect-ით.
tm-le-compte-a-pu-etre-supprime = ანგარიში შეიძლება წაშლილი იყოს ხანგრძლივი უმოქმედობის გამო, თუ მიმდინარე საქმე არ გქონდათ. ამ შემთხვევაში ანგარიში ხელახლა უნდა შექმნათ რომელიმე პროცედურიდან.
tm-lien-de-reinitialisation-du-mot-de = პაროლის აღდგენის ბმული გაიგზავნა
tm-attention-ce-courriel-peut-mettre-jusqua = ყურადღება, ამ წერილის მოსვლას შეიძლება 15 წუთამდე დასჭირდეს.
tm-en-cas-de-difficultes-nous-restons = სირთულეების შემთხვევაში ამ ფორმით შეგიძლიათ დაგვიკავშირდეთ.

## ds: modal

tm-publier-la-demarche = პროცედურის გამოქვეყნება
tm-reactiver-la-demarche = პროცედურის ხელახლა გააქტიურება
tm-vous-vous-appretez-a-publier-votre = თქვენ აპირებთ თქვენი პროცედურის საჯაროდ გამოქვეყნებას.
tm-vous-vous-appretez-a-reactiver-votre = თქვენ აპირებთ თქვენი პროცედურის ხელახლა გააქტიურებას.
tm-publier = გამოქვეყნება

## ds: activerecord

tm-la-nouvelle-adresse-electronique = ახალი ელფოსტის მისამართი
tm-numero-siret = SIRET-ის ნომერი
tm-la-demarche-est-mise-en-uvre = პროცედურას ახორციელებს
tm-valeur-du-champ = ველის მნიშვნელობა
tm-lobjet-genere-sera-tronque-sil-depasse = შექმნილი თემა შემოკლდება, თუ 100 სიმბოლოს გადააჭარბებს.
tm-est-invalide-saisissez-un-numero-de = არასწორია. შეიყვანეთ სწორი ტელეფონის ნომერი. მაგალითი: 0612345678
tm-nest-pas-un-lien-valide = არ არის სწორი ბმული
tm-aucun-resultat-ne-correspond-a-votre = თქვენს ძებნას არცერთი შედეგი არ შეესაბამება.
tm-trop-de-demandes-nous-reessayons-pour = ზედმეტად ბევრი მოთხოვნაა. თქვენთვის ხელახლა ვცდილობთ.
tm-erreur-du-serveur-nous-reessayons-pour = სერვერის შეცდომა. თქვენთვის ხელახლა ვცდილობთ.
tm-service-indisponible-nous-reessayons = სერვისი მიუწვდომელია. თქვენთვის ხელახლა ვცდილობთ.
tm-la-demande-a-pris-trop-de = მოთხოვნას ძალიან დიდი დრო დასჭირდა. თქვენთვის ხელახლა ვცდილობთ.
tm-probleme-de-connexion-nous-reessayons = კავშირის პრობლემა. თქვენთვის ხელახლა ვცდილობთ.
tm-resultat-introuvable-verifiez-vos = შედეგი ვერ მოიძებნა. შეამოწმეთ თქვენი მონაცემები.
tm-non-autorise-connectez-vous-pour = წვდომა არ გაქვთ. გასაგრძელებლად შედით სისტემაში.
tm-invitation-deja-envoyee = : მოწვევა უკვე გაგზავნილია
tm-votre-lien-de-nouveau-mot-de = : ახალი პაროლის ბმულს ვადა გაუვიდა. გთხოვთ, მოითხოვოთ ახალი.
tm-nest-pas-assez-complexe-saisir-un = საკმარისად რთული არ არის. შეიყვანეთ უფრო რთული პაროლი
tm-les-deux-mots-de-passe-ne = : ორი პაროლი ერთმანეთს არ ემთხვევა
tm-ne-peut-etre-identique-a-lancienne = არ შეიძლება ძველის იდენტური იყოს. შეიყვანეთ სხვა ელფოსტის მისამართი
tm-est-deja-utilise-par-une-demarche = უკვე გამოიყენება ერთ-ერთ პროცედურაში. მისი გამოყენება არ შეგიძლიათ, რადგან სხვა ადმინისტრატორს ეკუთვნის.
tm-nest-pas-valide-il-doit-comporter = არასწორია. უნდა შეიცავდეს მინიმუმ 3 და მაქსიმუმ 200 სიმბოლოს; დაშვებულია მხოლოდ სიმბოლოები a-z, 0-9, '_' და '-'.
tm-ne-peut-pas-etre-utilise-car = ვერ გამოიყენებთ, რადგან ეს პროცედურის ბოლო ბმულია.
tm-doit-posseder-13-ou-14-caracteres = უნდა შეიცავდეს 13 ან 14 სიმბოლოს
tm-doit-etre-dans-les-options-proposees = უნდა იყოს ერთ-ერთი შემოთავაზებული ვარიანტი
tm-doit-etre-un-nom-de-region = უნდა იყოს რეგიონის სწორი სახელწოდება
tm-doit-etre-un-code-de-region = უნდა იყოს რეგიონის სწორი კოდი
tm-doit-etre-un-nom-de-departement = უნდა იყოს დეპარტამენტის სწორი სახელწოდება
tm-doit-etre-un-code-de-departement = უნდა იყოს დეპარტამენტის სწორი კოდი
tm-doit-etre-un-code-depci-du = უნდა იყოს შესაბამისი დეპარტამენტის EPCI-ის კოდი
tm-doit-etre-un-nom-depci-du = უნდა იყოს შესაბამისი დეპარტამენტის EPCI-ის სახელწოდება
tm-doit-etre-un-entier = უნდა იყოს მთელი რიცხვი

## ds: errors

tm-le-champ = ველი „{ $attribute }“ { $message }
tm-le-dossier-nexiste-pas-ou-vous = საქმე არ არსებობს ან მასზე წვდომა არ გაქვთ.
tm-ce-lien-dinvitation-nest-plus-valable = ეს მოწვევის ბმული აღარ მოქმედებს ან საქმე აღარ არის ხელმისაწვდომი.
tm-une-erreur-est-survenue-lors-de-4 = FranceConnect-თან დაკავშირებისას მოხდა შეცდომა. გთხოვთ, ხელახლა სცადოთ.
tm-seul-e-s-les-usagers-peuvent = France Connect-ით შესვლა მხოლოდ მომხმარებლებს შეუძლიათ. თუ საქმის განმხილველი ან ადმინისტრატორი ხართ, გთხოვთ, აღადგინოთ პაროლი.
tm-desole-la-recuperation-des-informations = ბოდიშს გიხდით, SIRET-ის მონაცემების მიღება დროებით შეუძლებელია. გთხოვთ, რამდენიმე წუთში ხელახლა სცადოთ.
tm-nous-navons-pas-trouve-detablissement = ამ SIRET-ის ნომრის შესაბამისი დაწესებულება ვერ ვიპოვეთ.
tm-lexpression-reguliere-que-vous-avez = თქვენ მიერ შეყვანილი რეგულარული გამოსახულება შეიძლება საშიში იყოს და წარმადობის პრობლემები გამოიწვიოს
tm-lexemple-doit-correspondre-a-lexpression = მაგალითი უნდა შეესაბამებოდეს მითითებულ რეგულარულ გამოსახულებას
tm-doit-etre-un-nombre-superieur-ou = უნდა იყოს { $n }-ზე მეტი ან ტოლი რიცხვი
tm-doit-etre-un-nombre-inferieur-ou = უნდა იყოს { $n }-ზე ნაკლები ან ტოლი რიცხვი
tm-doit-etre-une-date-dans-le = უნდა იყოს წარსული თარიღი
tm-doit-etre-une-date-comprise-entre = უნდა იყოს თარიღი { $start_date }-სა და { $end_date }-ს შორის
tm-doit-etre-une-date-superieure-ou = უნდა იყოს { $date } ან მასზე გვიანდელი თარიღი
tm-doit-etre-une-date-inferieure-ou = უნდა იყოს { $date } ან მასზე ადრინდელი თარიღი
tm-doit-comprendre-entre-1-et-3 = წერტილის შემდეგ უნდა იყოს 1-დან 3 ციფრამდე
tm-doit-etre-une-date-correctement-formatee = უნდა იყოს სწორ ფორმატში ჩაწერილი თარიღი
tm-doit-etre-une-date-et-heure = უნდა იყოს სწორ ფორმატში ჩაწერილი თარიღი და დრო
tm-doit-etre-rempli = უნდა შეივსოს
tm-votre-session-a-ete-renouvelee-merci = თქვენი სესია განახლდა. გთხოვთ, ეს მოქმედება ამ გვერდიდან გაიმეოროთ.

## ds: users

tm-ce-dossier-est-depose-sur-une = ეს საქმე წარდგენილია სატესტო რეჟიმში მყოფ პროცედურაზე. ადმინისტრატორის მიერ პროცედურის ნებისმიერი ცვლილება (ველის დამატება, პროცედურის გამოქვეყნება...) გამოიწვევს საქმის წაშლას.
tm-votre-dossier-ne-peut-plus-etre = თქვენი საქმის შეცვლა აღარ შეიძლება
tm-completez-lidentification-de = გასაგრძელებლად დაასრულეთ დაწესებულების იდენტიფიკაცია.
tm-votre-dossier-a-bien-ete-duplique = თქვენი საქმის ასლი შეიქმნა. ახლა შეგიძლიათ შეამოწმოთ, მოარგოთ და შემდეგ წარადგინოთ.
tm-linstruction-de-votre-dossier-a-commence = თქვენი საქმის განხილვა დაიწყო, საქმის წაშლა აღარ შეიძლება. თუ განხილვის გაუქმება გსურთ, დაუკავშირდით ადმინისტრაციას თქვენი საქმის შეტყობინებებით.
tm-votre-dossier-a-bien-ete-mis = თქვენი საქმე სანაგვე ყუთში გადავიდა
tm-le-dossier-n-est-pas-correctement = საქმე სწორად არ არის შევსებული.
tm-votre-dossier-a-bien-ete-restaure = თქვენი საქმე აღდგენილია
tm-aucun-etablissement-nest-associe-a-ce = ამ საქმესთან არცერთი დაწესებულება არ არის დაკავშირებული
tm-identite-enregistree = პირადი მონაცემები შენახულია
tm-attestation-de-depot = განცხადების წარდგენის ცნობა
tm-dossier-depose-le = საქმის წარდგენის თარიღი
tm-etat-du-dossier = საქმის სტატუსი
tm-depose-en-attente-dexamen-par = წარდგენილია, ელოდება ადმინისტრაციის განხილვას
tm-refuse = უარყოფილია
tm-classe-sans-suite = დახურულია შემდგომი მოქმედების გარეშე
tm-service-administratif = ადმინისტრაციული სამსახური
tm-fait-le = შედგენილია { $date },
tm-obtenir-une-attestation-de-depot-de = საქმის წარდგენის ცნობის მიღება
tm-dossier-n-en-corbeille = საქმე № { $n } - სანაგვე ყუთშია
tm-vous-pouvez-retrouver-ce-dossier-depuis = ამ საქმეს იპოვით თქვენი ანგარიშის „სანაგვე ყუთის“ ჩანართში. ამჟამად მისი ნახვა შეუძლებელია.
tm-ce-dossier-a-ete-mis-a = ეს საქმე თქვენი თხოვნით გადავიდა სანაგვე ყუთში: მისი აღდგენა ჯერ კიდევ შეგიძლიათ.
tm-si-ce-dossier-a-ete-mis = თუ ეს საქმე თქვენი თხოვნით გადავიდა სანაგვე ყუთში: მისი აღდგენა ჯერ კიდევ შეგიძლიათ.
tm-si-ce-dossier-a-ete-mis-2 = თუ ეს საქმე ავტომატურად გადავიდა სანაგვე ყუთში, რადგან მისი შენახვის მაქსიმალური ვადა ამოიწურა: გირჩევთ, რაც შეიძლება მალე ჩამოტვირთოთ, სანამ საბოლოოდ წაიშლება.
tm-dossier-n-supprime-definitivement = საქმე № { $n } - საბოლოოდ წაიშალა
tm-vous-ne-pouvez-plus-recuperer-ce = ამ საქმის აღდგენა აღარ შეგიძლიათ ერთ-ერთი შემდეგი მიზეზის გამო:
tm-il-a-ete-mis-a-la = ის თქვენი თხოვნით გადავიდა სანაგვე ყუთში, შემდეგ კი ავტომატურად წაიშალა.
tm-il-a-ete-supprime-car-son = ის წაიშალა, რადგან მისი შენახვის მაქსიმალური ვადა ამოიწურა.
tm-vous-pouvez-retrouver-lensemble-des = თქვენი ანგარიშიდან წაშლილ ყველა საქმეს (მონახაზების, „BROUILLON“, გარდა) იპოვით გვერდზე „წაშლილი საქმეების ისტორია“ („Historique des dossiers supprimés“).

## ds: france_connect

tm-votre-compte-franceconnect-utilise-comme = თქვენი FranceConnect ანგარიში საკონტაქტო ელფოსტად იყენებს მისამართს { $email }.
tm-souhaitez-vous-lutiliser-pour-recevoir = გსურთ მისი გამოყენება თქვენი საქმეების მიმდინარეობის შესახებ შეტყობინებების მისაღებად?
tm-valider = დადასტურება
tm-veuillez-nous-fournir-ladresse = გთხოვთ, მოგვაწოდოთ ელფოსტის მისამართი, რომლითაც დაგიკავშირდებით
tm-oui-utiliser-comme-adresse-electronique = დიახ, { $email }-ის გამოყენება საკონტაქტო ელფოსტის მისამართად
tm-non-utiliser-une-autre-adresse = არა, სხვა ელფოსტის მისამართის გამოყენება
tm-fusion-des-comptes-franceconnect-et = FranceConnect-ისა და { $name }-ის ანგარიშების გაერთიანება
tm-bonjour-votre-compte-franceconnect = გამარჯობა, თქვენი FranceConnect ანგარიში საკონტაქტო ელფოსტად იყენებს მისამართს { $email }. თუმცა { $name }-ზე უკვე არსებობს ანგარიში ამ ელფოსტის მისამართით.
tm-pour-les-fusionner-entrez-votre-mot = მათ გასაერთიანებლად შეიყვანეთ თქვენი პაროლი
tm-fusionner-les-comptes = ანგარიშების გაერთიანება
tm-utiliser-cette-adresse-electronique = ამ ელფოსტის მისამართის გამოყენება
tm-nous-venons-de-vous-envoyer-le = ახლახან გამოგიგზავნეთ დადასტურების წერილი; ანგარიშების გასაერთიანებლად დააჭირეთ ამ წერილში მოცემულ ბმულს
tm-le-lien-de-confirmation-a-expire = დადასტურების ბმულს ვადა გაუვიდა. ახალი დადასტურების ბმული ელფოსტით გამოგეგზავნათ.
tm-une-erreur-inattendue-est-survenue = მოხდა მოულოდნელი შეცდომა. თუ პრობლემა გაგრძელდა, მიმართეთ მხარდაჭერის სამსახურს.
tm-vous-avez-ete-deconnecte-de-votre = თქვენ გამოხვედით თქვენი წინა ანგარიშიდან. გთხოვთ, ხელახლა დააჭიროთ დადასტურების ბმულს.
tm-utilisateur-non-trouve = მომხმარებელი ვერ მოიძებნა
tm-les-comptes-franceconnect-et-sont-a = FranceConnect-ისა და { $name }-ის ანგარიშები ახლა გაერთიანებულია

## ds: notification_mailer

tm-vous-pouvez-telecharger-votre = თქვენი ცნობის ჩამოტვირთვა შეგიძლიათ შემდეგ მისამართზე: { $link }
tm-pour-obtenir-le-detail-de-cette = გადაწყვეტილების ამ ცვლილების დეტალების გასაგებად შეგიძლიათ მიმართოთ სამსახურს: { $name }.
tm-a-ete-refuse-le = უარი ეთქვა { $date }
tm-le-motif-de-refus-est-le = უარის მიზეზი ასეთია:

## ds: shared

tm-vous-navez-pas-renseigne-le-siret = ზოგიერთი თქვენი პროცედურისთვის სამსახურის SIRET არ მიგითითებიათ. გთხოვთ, შეცვალოთ ისინი.
tm-certaines-de-vos-demarches-nont-pas = ზოგიერთ თქვენს პროცედურას დაკავშირებული სამსახური არ აქვს.
tm-ajouter-un-service-a-la-demarche = სამსახურის დამატება პროცედურაზე { $n }
tm-temps-de-remplissage-estime-min-variable = შევსების სავარაუდო დრო: { $n } წთ (დამოკიდებულია არჩეულ ვარიანტებზე)
tm-quels-sont-les-delais-dinstruction-pour = რა ვადებში განიხილება ეს პროცედურა?
tm-liste-des-pieces-en-fonction-de = დოკუმენტების სია თქვენი სიტუაციის მიხედვით
tm-le-sva-ou-silence-vaut-accord = SVA, ანუ „Silence Vaut Accord“ (დუმილი ნიშნავს თანხმობას), არის სამართლებრივი პრინციპი, რომელიც განსაზღვრავს, რა ემართება მოთხოვნას, როცა ადმინისტრაცია არ პასუხობს: მოთხოვნა ავტომატურად დაკმაყოფილდება გარკვეული ვადის შემდეგ, თუ თქვენი საქმე სრულია.
tm-le-svr-ou-silence-vaut-rejet = SVR, ანუ „Silence Vaut Rejet“ (დუმილი ნიშნავს უარს), არის სამართლებრივი პრინციპი, რომელიც განსაზღვრავს, რა ემართება მოთხოვნას, როცა ადმინისტრაცია არ პასუხობს: მოთხოვნაზე ავტომატურად ითქმება უარი გარკვეული ვადის შემდეგ, თუ თქვენი საქმე სრულია.

## ds: layouts

tm-super-admin = სუპერადმინისტრატორი

## ds: activerecord

tm-renseigner-un-numero-et-nom-de = მიუთითეთ სახლის ნომერი და ქუჩის სახელწოდება, ან ადგილის სახელწოდება
tm-renseigner-la-ville-ou-commune = მიუთითეთ ქალაქი ან თემი
tm-renseigner-un-code-postal = მიუთითეთ საფოსტო ინდექსი
tm-format-attendu-jj-mm-aaaa = საჭირო ფორმატი: დდ/თთ/წწწწ.
tm-format-attendu-jj-mm-aaaa-hh = საჭირო ფორმატი: დდ/თთ/წწწწ სს:წწ.
tm-format-attendu-un-numero-de-dossier = საჭირო ფორმატი: { $name }-ზე წარდგენილი საქმის ნომერი
tm-ne-doit-pas-contenir-de-caracteres = არ უნდა შეიცავდეს სპეციალურ სიმბოლოებს
tm-doit-faire-au-moins-caracteres = უნდა შეიცავდეს მინიმუმ { $n } სიმბოლოს
tm-doit-faire-moins-de-caracteres = უნდა შეიცავდეს { $n } სიმბოლოზე ნაკლებს
tm-est-invalide-saisissez-un-numero-iban = არასწორია. შეიყვანეთ სწორი IBAN ნომერი. მაგალითი (საფრანგეთი): FR76 1234 1234 1234 1234 1234 123
tm-exemple-france-fr76-1234-1234-1234 = მაგალითი (საფრანგეთი): FR76 1234 1234 1234 1234 1234 123
tm-vous-pouvez-selectionner-un-ou-plusieurs = შეგიძლიათ აირჩიოთ ერთი ან რამდენიმე ვარიანტი.

## ds: activemodel

tm-region-code-region = რეგიონი და რეგიონის კოდი

## ds: activerecord

tm-format-attendu-un-numero-de-telephone = საჭირო ფორმატი: სწორი ტელეფონის ნომერი. მაგალითი: 0612345678
tm-doit-commencer-par-un-w-majuscule = უნდა იწყებოდეს დიდი W ასოთი, რომელსაც მოსდევს 9 ციფრი ან ასო. მაგალითი: W503726238
tm-le-numero-rna-saisi-ne-correspond = შეყვანილი RNA ნომერი { $value } არცერთ ორგანიზაციას არ შეესაბამება, შეიყვანეთ სწორი RNA ნომერი
tm-une-erreur-reseau-a-empeche-lassociation = ქსელის შეცდომის გამო ამ RNA-სთან დაკავშირებული ასოციაცია ვერ მოიძებნა, სცადეთ მოგვიანებით
tm-numero-rna = RNA ნომერი
tm-nom-de-lassociation = ასოციაციის სახელწოდება
tm-objet-de-lassociation = ასოციაციის მიზანი
tm-date-de-creation = შექმნის თარიღი
tm-date-de-publication = გამოქვეყნების თარიღი
tm-format-attendu-un-w-majuscule-suivi = საჭირო ფორმატი: დიდი W ასო, რომელსაც მოსდევს 9 ციფრი ან ასო. მაგალითი: W503726238
tm-rnf-aucune-fondation-trouvee = RNF { $rnf } (ფონდი ვერ მოიძებნა)
tm-numero-rnf = RNF ნომერი
tm-mise-a-jour-le = განახლებულია
tm-comporte-une-erreur-de-saisie-corrigez = შეიცავს შეყვანის შეცდომას. გაასწორეთ.
tm-ne-correspond-pas-a-un-etablissement = არცერთ არსებულ დაწესებულებას არ შეესაბამება
tm-dossier-supprime = საქმე წაშლილია
tm-demande-de-lusager = მომხმარებლის მოთხოვნა
tm-suppression-dune-demarche = პროცედურის წაშლა
tm-numero-de-dossier = საქმის ნომერი
tm-etat = სტატუსი
tm-demande-de-correction = შესწორების მოთხოვნა
tm-pour-vous = თქვენთვის
tm-pour-un-beneficiaire-membre-de-la = მიმღებისთვის: ოჯახის წევრი, ახლობელი, მარწმუნებელი, საქმის მიმდინარეობაზე პასუხისმგებელი სპეციალისტი…
tm-a-corriger = გასასწორებელია
tm-dossier-non-modifie = საქმე არ შეცვლილა
tm-demande-de-correction-annulee = შესწორების მოთხოვნა გაუქმდა
tm-reponse-donnee = პასუხი გაცემულია
tm-le-dossier-nest-pas-valide-et = საქმე არ არის სწორი და შესწორებას საჭიროებს
tm-le-dossier-doit-etre-mis-a = საქმე უნდა განახლდეს და ხელახლა დადასტურდეს
tm-depose-depuis-longtemps = წარდგენილია დიდი ხნის წინ
tm-depose-depuis-j = წარდგენილია { $days } დღის წინ
tm-expire-bientot = ვადა მალე იწურება
tm-expire-dans-j = ვადა იწურება { $days } დღეში
tm-bientot-supprime = მალე წაიშლება
tm-suppression-dans-j = წაიშლება { $days } დღეში
tm-message = შეტყობინება
tm-annotation-privee = პირადი შენიშვნა
tm-ladresse-electronique = ელფოსტის მისამართი { $message }
tm-est-invalide = არასწორია
tm-parcelle-agricole = სასოფლო-სამეურნეო ნაკვეთი
tm-selection-utilisateur = მომხმარებლის არჩევანი
tm-ne-peut-pas-etre-vide = არ შეიძლება იყოს ცარიელი
tm-nest-pas-un-geojson-valide = არ არის სწორი GeoJSON
tm-contient-des-coordonnees-invalides = შეიცავს არასწორ კოორდინატებს, გთხოვთ, გამოიყენოთ WGS84 კოორდინატთა სისტემა

## ds: geo_area

tm-parcelle-n-feuille-m2-commune = ნაკვეთი № { $n } - ფურცელი { $prefixe } { $section } - { $surface } მ² – თემი { $commune }
tm-parcelle-n-hectares = ნაკვეთი № { $n } - { $surface } ჰექტარი
tm-une-aire-de-surface-m2 = { $area } მ² ფართობის ტერიტორია
tm-une-aire-de-surface-inconnue = უცნობი ფართობის ტერიტორია

## ds: activerecord

tm-doit-etre-different-de-celui-du = უნდა განსხვავდებოდეს წარმომადგენლის მისამართისგან
tm-notifier-le-beneficiaire = მიმღების ინფორმირება:
tm-pas-de-notification = შეტყობინების გარეშე
tm-votre-dossier-n-est-en-train = თქვენი საქმე № { $n } ხელახლა განიხილება ({ $name })

## ds: activemodel

tm-annee = წელი
tm-depuis-le-debut = დასაწყისიდან
tm-en = ({ $year } წელს)
tm-nombre-de-demarches = პროცედურების რაოდენობა
tm-nombre-de-demarches-publiees-ou-closes = გამოქვეყნებული ან დახურული პროცედურების რაოდენობა { $add_on }

## ds: shared

tm-le-dossier-a-ete-depose-par = საქმე წარდგენილია FranceConnect ანგარიშიდან.
tm-le-dossier-a-ete-depose-par-2 = საქმე წარდგენილია { $name }-ის ანგარიშიდან.
tm-le-service-traitant-na-pas-ete = საქმის განმხილველმა სამსახურმა ვერ შეძლო თქვენი მოთხოვნის განხილვა წესით „Silence Vaut Rejet“ (დუმილი ნიშნავს უარს) დადგენილ ვადაში.
tm-expirera-le-mois-apres-le-depot = ვადა ამოიწურება { $date } (საქმის წარდგენიდან { $n } თვის შემდეგ)
tm-ce-dossier-est-en-instruction-il = ეს საქმე განხილვის პროცესშია, მისი ვადა არ ამოიწურება
tm-expirera-le-mois-apres-le-traitement = ვადა ამოიწურება { $date } (საქმის დამუშავებიდან { $n } თვის შემდეგ)
tm-expirera-le-mois-apres-le-traitement-2 = ვადა ამოიწურება { $date } (საქმის დამუშავებიდან { $n } თვის შემდეგ)
tm-la-recuperation-automatique-des-donnees = მიმდინარეობს მონაცემების ავტომატური მიღება დახმარების მიმღებისთვის № { $numero_allocataire }, საფოსტო ინდექსით { $code_postal }.
tm-des-donnees-concernant-liees-au-compte = CAF-იდან მიღებულია მონაცემები { $sources }-ის შესახებ, რომლებიც დაკავშირებულია ანგარიშთან № { $numero_allocataire }, საფოსტო ინდექსით { $code_postal }.
tm-donnees-obtenues-de-la-caisse-nationale = Caisse nationale d’allocations familiales-იდან (ოჯახური დახმარებების ეროვნული სამსახური) მიღებული მონაცემები
tm-la-recuperation-automatique-des-donnees-2 = მიმდინარეობს მონაცემების ავტომატური მიღება დეკლარანტისთვის № { $numero_fiscal }, შეტყობინების ნომრით { $reference_avis }.
tm-des-donnees-concernant-liees-au = DGFiP-იდან მიღებულია მონაცემები { $sources }-ის შესახებ, რომლებიც დაკავშირებულია დეკლარანტთან № { $numero_fiscal }, შეტყობინების ნომრით { $reference_avis }.
tm-donnees-obtenues-de-la-direction = Direction générale des Finances publiques-იდან (საგადასახადო სამსახური) მიღებული მონაცემები
tm-la-recuperation-automatique-des-donnees-3 = მიმდინარეობს მონაცემების ავტომატური მიღება იდენტიფიკატორისთვის { $identifiant }.
tm-des-donnees-concernant-liees-a = Pôle emploi-დან მიღებულია მონაცემები { $sources }-ის შესახებ, რომლებიც დაკავშირებულია იდენტიფიკატორთან { $identifiant }.
tm-donnees-obtenues-de-pole-emploi = Pôle emploi-დან მიღებული მონაცემები
tm-des-donnees-concernant-liees-a-line = MESRI-დან მიღებულია მონაცემები { $sources }-ის შესახებ, რომლებიც დაკავშირებულია INE-სთან { $ine }.
tm-donnees-obtenues-du-mesri = MESRI-დან მიღებული მონაცემები
tm-entrer-une-autre-option = სხვა ვარიანტის შეყვანა

## ds: carte

tm-deploiement-par-departement = დანერგვა დეპარტამენტების მიხედვით
tm-quelle-carte-souhaitez-vous = რომელი რუკა გსურთ?

## ds: views

tm-selectionnez = აირჩიეთ

## ds: activerecord

tm-votre-adresse-electronique = თქვენი სამსახურებრივი ელფოსტის მისამართი
tm-sujet = თემა

## ds: contact

tm-votre-question = თქვენი შეკითხვა
tm-notre-reponse = ჩვენი პასუხი
tm-une-capture-decran-peut-nous-aider = ეკრანის სურათი შეიძლება დაგვეხმაროს, უფრო ადვილად ვიპოვოთ ადგილი, რომელიც გასაუმჯობესებელია.
tm-une-capture-decran-peut-nous-aider-2 = ეკრანის სურათი შეიძლება დაგვეხმაროს პრობლემის უფრო ადვილად დადგენაში.
tm-taille-maximale-autorisee-200-mo-formats = მაქსიმალური დასაშვები ზომა: 200 მბ. მხარდაჭერილი ფორმატები: jpg, png, pdf.
tm-contactez-nous-via-ce-formulaire-et = დაგვიკავშირდით ამ ფორმით და რაც შეიძლება მალე გიპასუხებთ. არ დაგავიწყდეთ, მოგვაწოდოთ რაც შეიძლება მეტი ინფორმაცია, რომ უკეთ დაგეხმაროთ.
tm-jai-un-probleme-lors-du-remplissage = ჩემი საქმის შევსებისას პრობლემა მაქვს
tm-avez-vous-bien-verifie-que-tous = დარწმუნებული ხართ, რომ ყველა სავალდებულო ველი ( * ) შევსებულია? თუ შესაყვანი ინფორმაციის შესახებ კითხვები გაქვთ, მიმართეთ პროცედურაზე პასუხისმგებელ სამსახურებს (FAQ).
tm-jai-une-question-sur-linstruction-de = შეკითხვა მაქვს ჩემი საქმის განხილვის შესახებ
tm-si-vous-avez-des-questions-sur = თუ თქვენი საქმის განხილვის შესახებ კითხვები გაქვთ (მაგალითად, ვადებზე), გთხოვთ, პირდაპირ მიმართოთ თქვენი საქმის განმხილველ სამსახურებს შეტყობინებების განყოფილებით (FAQ). თუ საიტზე ტექნიკური პრობლემის შესახებ გსურთ კითხვის დასმა, გამოიყენეთ ქვემოთ მოცემული ფორმა. თქვენი საქმის განხილვის შესახებ ინფორმაციას ვერ მოგაწვდით.
tm-jai-une-idee-damelioration-pour-votre = თქვენი საიტის გაუმჯობესების იდეა მაქვს
tm-une-idee-pensez-a-consulter-notre = იდეა გაქვთ? გაეცანით ჩვენს გაუმჯობესებების დაფას: მისცით ხმა თქვენთვის პრიორიტეტულ გაუმჯობესებებს, შემოგვთავაზეთ საკუთარი იდეა.
tm-nous-vous-invitons-a-contacter = გთხოვთ, მიმართოთ თქვენს პროცედურაზე პასუხისმგებელ ადმინისტრაციას, რომ მოგაწოდოთ სწორი ბმული. ის ასე უნდა გამოიყურებოდეს: { $base_url }/commencer/NOM_DE_LA_DEMARCHE. აქ ასევე შეგიძლიათ ნახოთ ჩვენი ყველაზე ხშირი პროცედურების სია (ნებართვები, detr და სხვ.).
tm-autre-sujet = სხვა თემა
tm-votre-message-a-ete-envoye-sur = თქვენი შეტყობინება გაიგზავნა თქვენი საქმის შეტყობინებების განყოფილებაში.
tm-votre-message-a-ete-envoye = თქვენი შეტყობინება გაიგზავნა.
tm-la-piece-jointe-doit-etre-un = თანდართული ფაილი უნდა იყოს ფაილი

## ds: dossier_mailer

tm-vous-avez-recu-un-nouveau-message = თქვენ მიიღეთ ახალი შეტყობინება ადმინისტრაციისგან, რომელიც პასუხისმგებელია თქვენს საქმეზე პროცედურაში „{ $name }“.
tm-pour-consulter-le-message-et-y = შეტყობინების წასაკითხად და საპასუხოდ დააჭირეთ ქვემოთ მოცემულ ღილაკს:
tm-si-vous-souhaitez-repondre-a-ce = თუ ამ შეტყობინებაზე პასუხის გაცემა გსურთ, პირდაპირ მიმართეთ ადმინისტრაციას შემდეგ მისამართზე: { $email }
tm-si-vous-souhaitez-repondre-a-ce-2 = თუ ამ შეტყობინებაზე პასუხის გაცემა გსურთ, პირდაპირ მიმართეთ ადმინისტრაციას ამ წერილის ბოლოში მოცემული საკონტაქტო მონაცემებით.
tm-lire-le-message = შეტყობინების წაკითხვა
tm-vous-avez-commence-a-remplir-un = თქვენ დაიწყეთ საქმის შევსება პროცედურისთვის „{ $name }“.
tm-vous-pouvez-retrouver-et-completer-votre = თქვენი საქმის მოსაძებნად და შესავსებად დააჭირეთ ქვემოთ მოცემულ ღილაკს:
tm-vous-pouvez-deposer-votre-dossier = თქვენი საქმის წარდგენა შეგიძლიათ არა უგვიანეს { $before }.
tm-afficher-votre-dossier = თქვენი საქმის ჩვენება
tm-vous-devez-corriger-votre-dossier-n = უნდა გაასწოროთ თქვენი საქმე № { $n } „{ $name }“
tm-afin-de-poursuivre-son-instruction-un = განხილვის გასაგრძელებლად საქმის განმხილველი თანამშრომელი გთხოვთ, შეიტანოთ შესწორებები თქვენს საქმეში № { $n }, პროცედურა „{ $name }“.
tm-afin-de-commencer-son-instruction-un = განხილვის დასაწყებად საქმის განმხილველი თანამშრომელი გთხოვთ, შეავსოთ თქვენი საქმე № { $n }, პროცედურა „{ $name }“.
tm-consultez-la-messagerie-de-votre-dossier = გახსენით თქვენი საქმის შეტყობინებები, რომ გაიგოთ, რა ცვლილებები უნდა შეიტანოთ, შემდეგ კი საქმე პირდაპირ საიტზე შეცვალეთ.
tm-ouvrir-la-messagerie = შეტყობინებების გახსნა
tm-vous-avez-une-demande-de-transfert = თქვენ გაქვთ გადაცემის მოთხოვნა, რომელიც პასუხს ელოდება.
tm-afin-de-pouvoir-accepter-ou-refuser = მოთხოვნის მისაღებად ან უარსაყოფად უნდა შეხვიდეთ საიტზე { $name }:
tm-acceder-a-la-demande-de-transfert = გადაცემის მოთხოვნის ნახვა
tm-afin-de-pouvoir-accepter-ou-refuser-2 = მოთხოვნის მისაღებად ან უარსაყოფად უნდა გქონდეთ ანგარიში:
tm-se-creer-un-compte-sur = ანგარიშის შექმნა საიტზე { $name }
tm-vous-adresse-une-demande-de-transfert = { $name } გიგზავნით { $n } საქმის გადაცემის მოთხოვნას.
tm-vous-adresse-une-demande-de-transfert-2 = { $name } გიგზავნით საქმე № { $n }-ის გადაცემის მოთხოვნას პროცედურაში

## ds: layouts

tm-accueil-liste-des-demarches = მთავარი - პროცედურების სია
tm-vous-etes-ici = თქვენ აქ ხართ
tm-voir-le-fil-dariane = ნავიგაციის ჯაჭვის ჩვენება
tm-previsualiser-le-formulaire = ფორმის წინასწარი ნახვა
tm-previsualiser-les-annotations = შენიშვნების წინასწარი ნახვა
tm-depuis-le = { $date }-დან
tm-publiee = გამოქვეყნებულია
tm-en-test = სატესტო რეჟიმში
tm-a-modifier = შესაცვლელია
tm-pour-plus-dinformation-sur-la-phase = დამატებითი ინფორმაცია სატესტო ეტაპის შესახებ
tm-consulter-la-faq = ხშირად დასმული კითხვების (FAQ) ნახვა
tm-suivi-des-dossiers = { $name } – საქმეების თვალყურის დევნება
tm-modifier-le-lien-de-la-demarche = პროცედურის ბმულის შეცვლა
tm-pour-vous-adresser-a-votre = თქვენს ადმინისტრაციასთან დასაკავშირებლად პირდაპირ გამოიყენეთ
tm-page-de-contact = საკონტაქტო გვერდი:
tm-horaires = სამუშაო საათები:
tm-consultez-laide-en-ligne = გაეცანით ონლაინ დახმარებას
tm-consultez-la-page-de-contact-de = გაეცანით ადმინისტრაციის საკონტაქტო გვერდს
tm-lequipe = გუნდი
tm-nous-vous-informons-que-le-dossier = გატყობინებთ, რომ საქმე № { $dossier_id }, რომელიც თქვენი სახელით შეავსო { $mandataire_first_name } { $mandataire_last_name }-მა, პროცედურაზე
tm-a-ete-classe-sans-suite-le = დაიხურა შემდგომი მოქმედების გარეშე { $date }.
tm-a-ete-rendue = გამოტანილია.

## ds: root

tm-effectuer-une-demarche-administrative-en = ადმინისტრაციული პროცედურის ონლაინ გავლა
tm-vous-souhaitez-effectuer-une-demande = გსურთ მოთხოვნით მიმართოთ ადმინისტრაციას?
tm-realisez-vos-demandes-en-toute = გააკეთეთ მოთხოვნები მარტივად და იპოვეთ თქვენი საქმეები ონლაინ
tm-comment-trouver-ma-demarche = როგორ ვიპოვო ჩემი პროცედურა?
tm-dossiers-deposes = წარდგენილი საქმე
tm-reduction-des-delais-de-traitement = დამუშავების ვადების შემცირება
tm-une-question-un-probleme = შეკითხვა, პრობლემა?
tm-la-reponse-est-dans-laide-en = პასუხი ონლაინ დახმარებაშია
tm-administration-vous-voulez = ადმინისტრაცია: გსურთ თქვენი პროცედურების ელექტრონულ ფორმატზე გადაყვანა?

## ds: views

tm-franceconnect-est-la-solution-proposee = FranceConnect არის სახელმწიფოს მიერ შემოთავაზებული გადაწყვეტა, რომელიც თქვენს ონლაინ სერვისებში შესვლას უფრო უსაფრთხოს და მარტივს ხდის.
tm-sidentifier-avec = შესვლა სერვისით
tm-ou = ან
tm-vous-avez-deja-un-compte = უკვე გაქვთ ანგარიში?
tm-jai-deja-un-compte = უკვე მაქვს ანგარიში
tm-creer-un-compte = ანგარიშის შექმნა
tm-votre-adresse-electronique-nest-pas = თქვენი ელფოსტის მისამართი დადასტურებული არ არის, ამიტომ { $name }-ის შეტყობინებებს ვერ მიიღებთ. გთხოვთ, შეამოწმოთ შემოსული წერილები და დააჭიროთ დადასტურების ბმულს. წერილი არ მიგიღიათ?
tm-telecharger-le-modele = ნიმუშის ჩამოტვირთვა

## ds: commencer

tm-commencer-la-demarche = პროცედურის დაწყება
tm-vous-avez-deja-des-dossiers-pour = ამ პროცედურაზე უკვე გაქვთ საქმეები
tm-voir-mes-dossiers-en-cours = ჩემი მიმდინარე საქმეების ნახვა
tm-vous-avez-un-dossier-prerempli = თქვენ გაქვთ წინასწარ შევსებული საქმე
tm-vous-etes-prete-a-poursuivre-un = შეგიძლიათ გააგრძელოთ წინასწარ შევსებული საქმე პროცედურაში „{ $name }“, რომელიც { $time } წინ დაიწყო.
tm-vous-avez-deja-commence-a-remplir = თქვენ უკვე დაიწყეთ საქმის შევსება
tm-il-y-a-vous-avez-depose = { $time } წინ თქვენ წარადგინეთ საქმე პროცედურაში „{ $name }“.
tm-poursuivre-mon-dossier-prerempli = ჩემი წინასწარ შევსებული საქმის გაგრძელება
tm-continuer-a-remplir-mon-dossier = ჩემი საქმის შევსების გაგრძელება
tm-voir-mon-dossier-depose = ჩემი წარდგენილი საქმის ნახვა
tm-vous-souhaitez-effectuer-une-demande-par = გსურთ მოთხოვნის ქაღალდზე შეტანა? შეგიძლიათ ჩამოტვირთოთ ცარიელი საქმე PDF ფორმატში და გაუგზავნოთ შესაბამის ადმინისტრაციას: { $name } - { $adresse }
tm-telecharger-un-dossier-vide-au-format = ცარიელი საქმის ჩამოტვირთვა PDF ფორმატში
tm-vos-derniers-dossiers-crees = თქვენ მიერ ბოლოს შექმნილი { $n } საქმე:
tm-n-cree-il-y-a = № { $n }, შექმნილია { $date } წინ, { $state }
tm-la-demarche-est-close-depuis-le = პროცედურა { $name } დახურულია { $date }-დან

## ds: users

tm-vous-vous-appretez-a-transferer-le = თქვენ აპირებთ, სხვა მომხმარებლის ანგარიშზე გადასცეთ საქმე { $state } № { $n }, რომელიც { $name }-მა წარადგინა { $date }.
tm-envoyer-la-demande-de-transfert = გადაცემის მოთხოვნის გაგზავნა
tm-linvitation-au-transfert-a-ete-envoyee = გადაცემის მოწვევა წარმატებით გაიგზავნა
tm-la-demande-de-transfert-a-ete = გადაცემის მოთხოვნა წარმატებით წაიშალა
tm-la-demarche-liee-a-votre-dossier = თქვენს საქმესთან დაკავშირებული პროცედურა წაიშალა
tm-la-demarche-liee-a-votre-dossier-2 = თქვენს საქმესთან დაკავშირებული პროცედურა დახურულია
tm-vous-pouvez-toujours-consulter-votre = თქვენი საქმის ნახვა კვლავ შეგიძლიათ, მაგრამ მისი შეცვლა აღარ შეიძლება.
tm-votre-dossier-a-ete-traite-par = ადმინისტრაციამ თქვენი საქმე დაამუშავა, არანაირი მოქმედება აღარ არის შესაძლებელი
tm-vous-pouvez-toujours-consulter-votre-2 = თქვენი საქმის ნახვა კვლავ შეგიძლიათ, მაგრამ ადმინისტრაცია მას არ განიხილავს
tm-voir-la-demarche = პროცედურის ნახვა
tm-une-nouvelle-demarche-est-disponible = ხელმისაწვდომია ახალი პროცედურა, ნახეთ აქ:
tm-pour-plus-dinformations-veuillez-vous = დამატებითი ინფორმაციისთვის მიმართეთ სამსახურს { $name }, ტელეფონით { $service_phone_number } ან ელფოსტით { $email }
tm-votre-dossier-est-en-attente-de = თქვენი საქმე ელოდება, როდის აიღებს მას ადმინისტრაცია განსახილველად. ლოდინის მაქსიმალური ვადაა { $n } თვე. თუმცა ამ ვადის გაგრძელება შეგიძლიათ ქვემოთ მოცემულ ღილაკზე დაჭერით.
tm-conserver-mois-supplementaire = შენახვა კიდევ { $n } თვით
tm-cadre-juridique = სამართლებრივი საფუძველი
tm-retention-et-archivage-des-donnees-mois = მონაცემების შენახვა და დაარქივება: { $n } თვე
tm-texte-cadrant-la-demande-dinformation = ინფორმაციის შეგროვების მარეგულირებელი ტექსტი
tm-contacter-le-delegue-a-la-protection = მონაცემთა დაცვის ოფიცერთან დაკავშირება
tm-dematerialisation = ელექტრონულ ფორმატზე გადასვლა
tm-trouver-une-maison-france-services = France Services-ის ცენტრის მოძებნა
tm-profil = პროფილი
tm-nouvelle-adresse-electronique = ახალი ელფოსტის მისამართი
tm-votre-adresse-electronique-actuelle = თქვენი ამჟამინდელი ელფოსტის მისამართი
tm-changer-mon-adresse = ჩემი მისამართის შეცვლა
tm-transferer-tous-vos-dossiers = თქვენი ყველა საქმის გადაცემა
tm-cette-fonctionnalite-vous-permet-de = ეს ფუნქცია საშუალებას გაძლევთ, შეცვალოთ თქვენი ყველა საქმის მფლობელი. როგორც წესი, ეს სასარგებლოა თანამდებობის შეცვლისას ან თუ რამდენიმე ანგარიშის გაერთიანება გსურთ.
tm-adresse-electronique-du-prochain = თქვენი ყველა საქმის შემდეგი მფლობელის ელფოსტის მისამართი
tm-le-nouveau-proprietaire-doit-confirmer = ახალმა მფლობელმა { $email } უნდა დაადასტუროს საქმის გადაცემა მის ელფოსტაზე მიღებული ინსტრუქციების მიხედვით.
tm-le-nouveau-proprietaire-doit-confirmer-2 = ახალმა მფლობელმა { $email } უნდა დაადასტუროს თქვენი { $n } საქმის გადაცემა მის ელფოსტაზე მიღებული ინსტრუქციების მიხედვით.
tm-confirmez-vous-le-transfert = ადასტურებთ გადაცემას?
tm-transferer-tous-mes-dossiers = ჩემი ყველა საქმის გადაცემა
tm-changement-en-attente = მომლოდინე ცვლილება:
tm-doit-sassurer-que-votre-compte-est = { $name } უნდა დარწმუნდეს, რომ თქვენი ანგარიში პროფესიული მიზნით გამოიყენება. ელფოსტის შეცვლა ავტომატურად შეგვიძლია დავუშვათ შემდეგ დომენებზე: { $legit_admin_domains } თუ ეს თქვენი შემთხვევა არ არის, მიმართეთ მხარდაჭერის სამსახურს: { $email }
tm-votre-compte-sur-est-actuellement-lie = თქვენი ანგარიში საიტზე { $name } ამჟამად დაკავშირებულია შემდეგ პიროვნებასთან:
tm-votre-compte-sur-est-actuellement-lie-2 = თქვენი ანგარიში საიტზე { $name } ამჟამად დაკავშირებულია შემდეგ { $n } პიროვნებასთან:
tm-interdire-lacces = წვდომის აკრძალვა
tm-le-transfert-dun-dossier-a-est = მიმდინარეობს ერთი საქმის გადაცემა მისამართზე { $email }
tm-le-transfert-de-dossiers-a-est = მიმდინარეობს { $n } საქმის გადაცემა მისამართზე { $email }

## seeds: seeds

tm-service-momentanement-indisponible-nous = სერვისი დროებით მიუწვდომელია. გთხოვთ, მოგვიანებით სცადოთ.
tm-numero-de-la-declaration-de-perte = დაკარგვის შესახებ განცხადების ნომერი
tm-mettre-a-jour-mes-documents = ჩემი დოკუმენტების განახლება
tm-nombre-d-enfants-a-charge = კმაყოფაზე მყოფი ბავშვების რაოდენობა
tm-je-ne-suis-pas-un-robot = მე არ ვარ რობოტი
tm-numero-etranger = უცხოელის ნომერი

## failures: failures

tm-plus-de-plage-horaire-libre = თავისუფალი დრო აღარ არის
tm-aucun-creneau-disponible = თავისუფალი დრო არ არის
tm-aucun-creneau-n-est-disponible = არცერთი თავისუფალი დრო არ არის
tm-pas-de-creneau-disponible = თავისუფალი დრო არ არის
tm-plus-de-creneau-disponible = თავისუფალი დრო აღარ არის დარჩენილი
tm-aucun-rendez-vous-disponible = თავისუფალი ვიზიტი არ არის
tm-aucun-rendez-vous-n-est-disponible = არცერთი ვიზიტი არ არის თავისუფალი
tm-aucune-disponibilite = თავისუფალი ადგილი არ არის
tm-tous-les-creneaux-sont-reserves = ყველა დრო დაკავებულია
tm-toutes-les-plages-horaires-sont = ყველა დროის მონაკვეთი დაკავებულია
tm-aucune-plage-horaire = დროის მონაკვეთი არ არის
tm-service-momentanement-indisponible = სერვისი დროებით მიუწვდომელია
tm-service-temporairement-indisponible = სერვისი დროებით მიუწვდომელია
tm-service-indisponible = სერვისი მიუწვდომელია
tm-site-en-maintenance = საიტზე ტექნიკური სამუშაოებია
tm-actuellement-en-maintenance = ამჟამად ტექნიკური სამუშაოებია
tm-operation-de-maintenance = ტექნიკური სამუშაოები
tm-erreur-technique = ტექნიკური შეცდომა
tm-probleme-technique = ტექნიკური პრობლემა
tm-une-erreur-est-survenue = მოხდა შეცდომა
tm-une-erreur-inattendue = მოულოდნელი შეცდომა
tm-le-service-rencontre-des-difficultes = სერვისს სირთულეები აქვს
tm-nombre-de-connexions = შესვლების რაოდენობა
tm-trop-de-demandes = ზედმეტად ბევრი მოთხოვნა
tm-votre-session-a-expire = თქვენი სესიის ვადა ამოიწურა
tm-session-expiree = სესიის ვადა ამოიწურა
tm-vous-avez-ete-deconnecte = თქვენ გამოხვედით სისტემიდან
tm-delai-d-inactivite = უმოქმედობის დრო ამოიწურა
tm-code-de-securite-saisi-est-incorrect = შეყვანილი უსაფრთხოების კოდი არასწორია
tm-code-de-securite-est-incorrect = უსაფრთხოების კოდი არასწორია
tm-captcha-incorrect = captcha არასწორია
tm-captcha-invalide = captcha არ მოქმედებს
tm-identifiant-ou-mot-de-passe-incorrect = მომხმარებლის სახელი ან პაროლი არასწორია
tm-identifiant-ou-mot-de-passe-invalide = მომხმარებლის სახელი ან პაროლი არ მოქმედებს
tm-compte-bloque = ანგარიში დაბლოკილია
tm-compte-verrouille = ანგარიში ჩაკეტილია
tm-compte-desactive = ანგარიში გათიშულია
tm-format-de-fichier-non-supporte = ფაილის ფორმატი არ არის მხარდაჭერილი
tm-format-non-supporte = ფორმატი არ არის მხარდაჭერილი
tm-fichier-trop-volumineux = ფაილი ძალიან დიდია
tm-depasse-la-taille-maximale = აღემატება მაქსიმალურ ზომას
tm-dossier-incomplet = საქმე არასრულია
tm-piece-manquante = აკლია დოკუმენტი
tm-n-est-pas-valide = არასწორია
tm-est-obligatoire = სავალდებულოა
tm-numero-etranger-inconnu = უცხოელის ნომერი უცნობია
tm-aucun-dossier-ne-correspond = არცერთი საქმე არ შეესაბამება
tm-delai-d-attente-depasse = ლოდინის დრო ამოიწურა
tm-le-serveur-met-trop-de-temps = სერვერი ძალიან დიდხანს პასუხობს

## fixture: captcha/captchetat-botdetect.html

tm-saisissez-le-code-de-securite = შეიყვანეთ უსაფრთხოების კოდი
tm-verification-de-securite = უსაფრთხოების შემოწმება
tm-le-code-peut-etre-ecoute-avec = კოდის მოსმენა შეიძლება ღილაკით „კოდის წაკითხვა“ („Énoncer le code“); ღილაკი „კოდის შეცვლა“ („Changer le code“) ახალ სურათს აჩვენებს.
tm-recopiez-les-caracteres-affiches-dans = გადაწერეთ სურათზე ნაჩვენები სიმბოლოები.
tm-veuillez-recopier-le-code-de-securite = გთხოვთ, გადაწეროთ უსაფრთხოების კოდი, რომ ვიზიტზე ჩაწერა გააგრძელოთ.
tm-prise-de-rendez-vous-demande-de = ვიზიტზე ჩაწერა — ნატურალიზაციის მოთხოვნა

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = შეიყვანეთ სურათზე არსებული სიმბოლოები
tm-afin-de-verifier-que-vous-netes = იმის შესამოწმებლად, რომ რობოტი არ ხართ, გადაწერეთ სურათზე ნაჩვენები სიმბოლოები. მათ მოსასმენად გამოიყენეთ ღილაკი „captcha-ს კოდის წაკითხვა“ („Énoncer le code du captcha“); სხვა სურათის მისაღებად გამოიყენეთ ღილაკი „ახალი captcha-ს შექმნა“ („Générer un nouveau captcha“).
tm-les-majuscules-et-minuscules-ne-sont = დიდი და პატარა ასოები არ განსხვავდება.
tm-pour-acceder-au-calendrier-des-rendez = ვიზიტების კალენდარზე გადასასვლელად გადაწერეთ უსაფრთხოების კოდი, შემდეგ დააჭირეთ „შემდეგი“ („Suivant“).
tm-prise-de-rendez-vous-remise-de = ვიზიტზე ჩაწერა — ბინადრობის ნებართვის მიღება
tm-le-code-de-securite-saisi-est = შეყვანილი უსაფრთხოების კოდი არასწორია. გთხოვთ, ხელახლა სცადოთ.

## fixture: captcha/captchetat.html

tm-vos-coordonnees = თქვენი საკონტაქტო მონაცემები
tm-format-attendu-nom-domaine-fr = საჭირო ფორმატი: სახელი@დომენი.fr
tm-avant-de-choisir-un-creneau-merci = დროის არჩევამდე, გთხოვთ, დაადასტუროთ თქვენი მოთხოვნა. ვიზიტებზე ჩაწერა ყოველ კვირას იხსნება მიმღები სარკმლის თავისუფალი დროის მიხედვით.
tm-prise-de-rendez-vous-echange-de = ვიზიტზე ჩაწერა — უცხოური მართვის მოწმობის გაცვლა

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = შემოწმება რობოტებისგან დასაცავად
tm-cliquez-sur-clique-ici-pour-verifier = დააჭირეთ „დააჭირე აქ შესამოწმებლად“ („Clique ici pour vérifier“): შემოწმება ავტომატურად ხდება, დავალების გარეშე.
tm-clique-ici-pour-verifier = დააჭირე აქ შესამოწმებლად
tm-pour-toute-question-relative-a-vos = თქვენს პროცედურებთან დაკავშირებული ნებისმიერი კითხვისთვის (ბინადრობის ნებართვები, მართვის მოწმობები, ასოციაციები) გამოიყენეთ ეს ფორმა. პასუხს 15 სამუშაო დღეში მიიღებთ.
tm-nous-contacter = დაგვიკავშირდით
tm-nous-verifions-que-vous-netes-pas = ვამოწმებთ, რომ რობოტი არ ხართ…
tm-verification-automatique-des-spams = სპამის ავტომატური შემოწმება დასრულდა

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = სარეგისტრაციო ნომერი
tm-format-attendu-ab-123-cd = საჭირო ფორმატი: AB-123-CD
tm-cochez-la-case-je-suis-un = გასაგრძელებლად მონიშნეთ უჯრა „მე ადამიანი ვარ“ („Je suis un humain“).
tm-envoyer-ma-demande = ჩემი მოთხოვნის გაგზავნა
tm-les-residents-des-secteurs-de = ფასიანი პარკირების ზონების მცხოვრებლებს შეუძლიათ მოითხოვონ ბარათი, რომელიც მცხოვრებლის ტარიფით სარგებლობის უფლებას აძლევთ. მოამზადეთ მისამართის დამადასტურებელი დოკუმენტი, რომელიც 3 თვეზე ძველი არ არის, და ავტომობილის სარეგისტრაციო მოწმობა.
tm-demande-de-carte-de-stationnement = მაცხოვრებლის პარკირების ბარათის მოთხოვნა

## fixture: captcha/image-generic.html

tm-reference-du-dossier = საქმის სარეგისტრაციო ნომერი
tm-recopiez-les-caracteres-affiches = გადაწერეთ ნაჩვენები სიმბოლოები
tm-code-de-securite = უსაფრთხოების კოდი
tm-exemple-pc-034172-24-m0123 = მაგალითი: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 სიმბოლო, ციფრები და დიდი ასოები
tm-generer-un-nouveau-code = ახალი კოდის შექმნა
tm-envoyer-la-demande = მოთხოვნის გაგზავნა
tm-vous-pouvez-demander-la-copie-dun = შეგიძლიათ მოითხოვოთ თემში გაცემული მშენებლობის ნებართვის ან წინასწარი დეკლარაციის ასლი. დოკუმენტები ელექტრონულად გადაიცემა.
tm-demande-de-copie-de-documents-durbanisme = ქალაქთმშენებლობითი დოკუმენტების ასლის მოთხოვნა

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = თითოეული გვერდი ოფლაინ იმეორებს სახელმწიფო პორტალებზე არსებული CAPTCHA-ს ერთ-ერთი ტიპის მარკირებას, რომ შემოწმდეს, როგორ ამოიცნობს მას Relais (რომელიც CAPTCHA-ს არასოდეს ხსნის და არასოდეს უვლის გვერდს). არცერთ გარე სერვისს არ ვუკავშირდებით: სკრიპტები, ჩარჩოები, სურათები და ხმები ლოკალური ფაილებია (საქაღალდე vendor/).
tm-pages-de-test-widgets-captcha = სატესტო გვერდები: CAPTCHA ვიჯეტები

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = ვიზიტის დადასტურება
tm-choisissez-un-creneau-pour-deposer-votre = თქვენი მოთხოვნის წარსადგენად აირჩიეთ დრო. უსაფრთხოების შემოწმება გვერდის ჩატვირთვის შემდეგ გამოჩნდება.
tm-prise-de-rendez-vous-carte-nationale = ვიზიტზე ჩაწერა — ეროვნული პირადობის მოწმობა და პასპორტი
tm-chargement-de-la-verification-de = უსაფრთხოების შემოწმება იტვირთება…
tm-confirmation-du-creneau = არჩეული დროის დადასტურება
tm-cochez-la-case-pour-confirmer-que = მონიშნეთ ველი, რათა დაადასტუროთ, რომ ადამიანი ხართ.

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = საკონტროლო კითხვა: რამდენია 3 + 4?
tm-repondez-en-chiffres-cette-question = უპასუხეთ ციფრებით. ეს კითხვა საშუალებას იძლევა შემოწმდეს, რომ რობოტი არ ხართ.
tm-sinscrire = რეგისტრაცია
tm-recevez-chaque-mois-lactualite-du = მიიღეთ დეპარტამენტის სიახლეები ყოველთვიურად: დახმარებები, გზები, საშუალო სკოლები (collèges), სოლიდარობა. გამოწერის გაუქმება ნებისმიერ დროს შეგეძლებათ.
tm-inscription-a-la-lettre-dinformation = საინფორმაციო ბიულეტენზე გამოწერა

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = ვიზიტის მიზეზი
tm-cochez-la-case-je-ne-suis = მონიშნეთ უჯრა „მე არ ვარ რობოტი“ („Je ne suis pas un robot“). შეიძლება გამოჩნდეს დავალება სურათებით; მას აქვს აუდიო ვერსია.
tm-demander-un-rendez-vous = ვიზიტზე ჩაწერის მოთხოვნა
tm-selectionner-un-motif = აირჩიეთ მიზეზი
tm-premiere-demande = პირველადი მოთხოვნა
tm-renouvellement = განახლება
tm-duplicata = დუბლიკატი
tm-ce-formulaire-vous-permet-de-demander = ეს ფორმა საშუალებას გაძლევთ, ჩაეწეროთ ვიზიტზე რონის პრეფექტურის (ლიონი) უცხოელთა მიმღებ სარკმელთან. დადასტურება ელფოსტით გამოგეგზავნებათ.
tm-prise-de-rendez-vous-depot-de = ვიზიტზე ჩაწერა — ბინადრობის ნებართვის მოთხოვნის წარდგენა

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = დოკუმენტის ტიპი
tm-copie-integrale = სრული ასლი
tm-extrait-avec-filiation = ამონაწერი მშობლების მითითებით
tm-extrait-sans-filiation = ამონაწერი მშობლების მითითების გარეშე
tm-demandez-en-ligne-une-copie-integrale = მოითხოვეთ ონლაინ დაბადების აქტის სრული ასლი ან ამონაწერი ლიონში მომხდარი დაბადებისთვის. აქტი ფოსტით იგზავნება 8 დღის განმავლობაში.
tm-ce-site-est-protege-par-recaptcha = ეს საიტი დაცულია reCAPTCHA-ით; მოქმედებს Google-ის კონფიდენციალურობის წესები და გამოყენების პირობები.
tm-demande-dacte-de-naissance = დაბადების მოწმობის მოთხოვნა

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = ეს სატესტო გვერდია: მოთხოვნა არცერთ სამსახურს არ გადაეცა.
tm-votre-demande-a-bien-ete-envoyee = თქვენი მოთხოვნა გაიგზავნა
tm-donnees-recues = მიღებული მონაცემები
tm-aucune-donnee-recue = მონაცემები არ მიგვიღია.
tm-retour-a-la-liste-des-pages = სატესტო გვერდების სიაში დაბრუნება

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = პრობლემის მისამართი
tm-description = აღწერა
tm-envoyer-le-signalement = შეტყობინების გაგზავნა
tm-nid-de-poule-eclairage-en-panne = ორმო გზაზე, გაფუჭებული განათება, ნაგვის უკანონო გადაყრა: შეატყობინეთ ქალაქის სამსახურებს. თქვენი შეტყობინების განხილვის შესახებ ელფოსტით გაცნობებენ.
tm-signaler-un-probleme-sur-lespace-public = საჯარო სივრცეში არსებული პრობლემის შეტყობინება

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = დაადასტურეთ, რომ ადამიანი ხართ
tm-operation-reussie = ✔ოპერაცია წარმატებით შესრულდა!
tm-saisissez-ce-que-vous-entendez = შეიყვანეთ ის, რაც გესმით
tm-lecture = დაკვრა
tm-veuillez-cliquer-sur-chaque-image = გთხოვთ, დააჭიროთ ყველა სურათს, რომელზეც ავტობუსია
tm-vous-etes-valide = შემოწმება გაიარეთ
tm-le-service-recaptcha-requiert-une = reCAPTCHA სერვისი შემოწმებას მოითხოვს.

## fixture: portals/ameli-compte

tm-numero-de-securite-sociale = სოციალური დაზღვევის ნომერი
tm-jour = დღე
tm-mois = თვე
tm-numero-de-telephone-portable = მობილური ტელეფონის ნომერი
tm-13-chiffres-cle-de-2-chiffres = 13 ციფრი + 2-ციფრიანი გასაღები, ის თქვენს Vitale-ს ბარათზეა
tm-telle-quelle-figure-sur-votre-carte = ისე, როგორც თქვენს Vitale-ს ბარათზეა მითითებული
tm-exemple-14 = მაგალითი: 14
tm-exemple-07 = მაგალითი: 07
tm-exemple-1988 = მაგალითი: 1988
tm-format-attendu-5-chiffres = საჭირო ფორმატი: 5 ციფრი
tm-format-attendu-06-12-34-56 = საჭირო ფორმატი: 06 12 34 56 78
tm-le-numero-de-securite-sociale-saisi = შეყვანილი სოციალური დაზღვევის ნომერი არასწორია.
tm-votre-compte-ameli-vous-permet-de = თქვენი ameli ანგარიშით შეგიძლიათ თვალი ადევნოთ ანაზღაურებებს, ჩამოტვირთოთ დაზღვევის უფლებების ცნობა და დაუკავშირდეთ თქვენს ჯანმრთელობის დაზღვევის სამსახურს.
tm-creer-mon-compte-ameli = ჩემი ameli ანგარიშის შექმნა
tm-formulaire-recu = ფორმა მიღებულია

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = შესვლა ჩემი მომხმარებლის სახელით
tm-votre-identifiant-est-votre-numero = თქვენი მომხმარებლის სახელი არის თქვენი უცხოელის ნომერი (10 ციფრი) ან თქვენი ელფოსტის მისამართი
tm-sidentifier-avec-franceconnect = შესვლა FranceConnect-ით
tm-creer-mon-compte = ჩემი ანგარიშის შექმნა
tm-la-creation-dun-compte-est-necessaire = ბინადრობის ნებართვის, ნატურალიზაციის ან სამგზავრო დოკუმენტის მოთხოვნის წარსადგენად აუცილებელია ანგარიშის შექმნა.
tm-votre-numero-etranger-comporte-10 = თქვენი უცხოელის ნომერი 10 ციფრისგან შედგება. ის მითითებულია თქვენს ბინადრობის ნებართვაზე, ბინადრობის ნებართვის მოთხოვნის დროებით ცნობაზე (récépissé) ან ბინადრობის დროებით უფლებაზე.
tm-si-vous-navez-jamais-eu-de = თუ საფრანგეთში ბინადრობის ნებართვა არასოდეს გქონიათ, გამოიყენეთ თქვენი ელფოსტის მისამართი.
tm-connexion-a-mon-espace-personnel = ჩემს პირად კაბინეტში შესვლა
tm-vous-navez-pas-encore-de-compte = ჯერ არ გაქვთ ანგარიში?
tm-ou-trouver-mon-numero-etranger = სად ვიპოვო ჩემი უცხოელის ნომერი?

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = თქვენი მოთხოვნა, რომ დაგირეკოთ ნომერზე 06 12 34 56 78, ვერ იქნა მიღებული. გიპასუხებთ მისამართზე marie.kowalczyk@example.fr (დახმარების მიმღების ნომერი 1234567).
tm-demande-de-rappel = უკუზარის მოთხოვნა
tm-retour-a-mon-compte = „ჩემს ანგარიშზე“ („Mon Compte“) დაბრუნება

## fixture: portals/caf-declaration

tm-numero-allocataire = დახმარების მიმღების ნომერი (numéro allocataire)
tm-celibataire = დაუქორწინებელი
tm-marie-e = დაქორწინებული
tm-pacse-e = სამოქალაქო პარტნიორობაში (PACS)
tm-en-concubinage = თანაცხოვრება ქორწინების გარეშე
tm-divorce-e = განქორწინებული
tm-veuf-veuve = ქვრივი (კაცი/ქალი)
tm-salaires-percus-en-euros = მიღებული ხელფასი (ევროში)
tm-indemnites-journalieres = დღიური კომპენსაცია (indemnités journalières)
tm-allocation-chomage-are = უმუშევრობის შემწეობა (ARE)
tm-pensions-alimentaires-recues = მიღებული ალიმენტი
tm-votre-situation-professionnelle = თქვენი პროფესიული მდგომარეობა
tm-ajouter-une-piece-justificative = დამადასტურებელი დოკუმენტის დამატება
tm-situation-familiale = ოჯახური მდგომარეობა
tm-autres-ressources-en-euros = სხვა შემოსავლები (ევროში)
tm-7-chiffres-il-est-sur-vos = 7 ციფრი, ის მითითებულია CAF-ის წერილებში
tm-mois-1-janvier = თვე 1: იანვარი
tm-mois-2-fevrier = თვე 2: თებერვალი
tm-mois-3-mars = თვე 3: მარტი
tm-taille-maximale-5-mo-formats-supportes = მაქსიმალური ზომა: 5 მბ. მხარდაჭერილი ფორმატები: jpg, png, pdf.
tm-valider-ma-declaration = ჩემი დეკლარაციის დადასტურება
tm-selectionner-une-option = აირჩიეთ ვარიანტი
tm-salarie = დაქირავებული მუშაკი
tm-demandeur-d-emploi = სამუშაოს მაძიებელი
tm-etudiant = სტუდენტი
tm-sans-activite = არ ვმუშაობ
tm-ex-1-250 = მაგალითი: 1 250
tm-declarez-les-ressources-percues-par = განაცხადეთ თქვენი ოჯახის მიერ ბოლო სამი თვის განმავლობაში მიღებული შემოსავლები. ეს დეკლარაცია სავალდებულოა, რომ კვლავ მიიღოთ RSA, prime d’activité ან შეზღუდული შესაძლებლობის მქონე ზრდასრულთა დახმარება.
tm-salaires-indiquez-le-montant-net-avant = ხელფასი: მიუთითეთ ნეტო თანხა წყაროსთან გადასახადის დაკავებამდე კვარტლის თითოეული თვისთვის, ან 0, თუ არაფერი მიგიღიათ.
tm-declaration-trimestrielle-de-ressources = შემოსავლების კვარტალური დეკლარაცია
tm-vos-ressources = თქვენი შემოსავლები
tm-etape-suivante-verification-et-envoi = შემდეგი ნაბიჯი: შემოწმება და გაგზავნა

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = თითოეული გვერდი ტესტებისთვის დაწერილი გამარტივებული იმიტაციაა; არცერთი არ არის რეალური პორტალის ასლი.
tm-pages-de-test-imitant-des-portails = სატესტო გვერდები, რომლებიც საფრანგეთის სახელმწიფო პორტალებს ბაძავს

## fixture: portals/mots-cles

tm-nom-de-famille = გვარი
tm-prenom-s = სახელი (სახელები)
tm-date-dexpiration-de-votre-titre-de = თქვენი ბინადრობის ნებართვის ვადის გასვლის თარიღი
tm-n-de-recepisse = დროებითი ცნობის (récépissé) ნომერი
tm-courriel = ელფოსტა
tm-remplissez-ce-formulaire-pour-connaitre = შეავსეთ ეს ფორმა, რომ გაიგოთ, რა ეტაპზეა თქვენი მოთხოვნა. პასუხს ელფოსტით მიიღებთ 15 სამუშაო დღეში.
tm-demande-de-renseignements-sur-un-dossier = ინფორმაციის მოთხოვნა ბინადრობის ნებართვის საქმის შესახებ
tm-precisions-sur-votre-demande-zone-de = თქვენი მოთხოვნის დეტალები (თავისუფალი ტექსტის ველი):

## fixture: portals/prefecture-rdv

tm-il-n-existe-plus-de-plage = თქვენი ვიზიტის მოთხოვნისთვის თავისუფალი დრო აღარ არის. გთხოვთ, მოგვიანებით სცადოთ.
tm-veuillez-cocher-la-case-pour-accepter = გთხოვთ, მონიშნოთ უჯრა გამოყენების პირობებზე დასათანხმებლად, სანამ ვიზიტზე ჩაწერას გააგრძელებთ
tm-choisissez-votre-guichet = აირჩიეთ მიმღები სარკმელი
tm-effectuer-une-demande-de-rendez-vous = ვიზიტზე ჩაწერის მოთხოვნის გაკეთება
tm-selectionner-un-guichet = აირჩიეთ მიმღები სარკმელი
tm-guichet-1-titre-de-sejour = სარკმელი 1 - ბინადრობის ნებართვა
tm-guichet-2-naturalisation = სარკმელი 2 - ნატურალიზაცია
tm-guichet-3-document-de-circulation-pour = სარკმელი 3 - არასრულწლოვანი უცხოელის სამგზავრო დოკუმენტი
tm-guichet-4-duplicata-et-changement = სარკმელი 4 - დუბლიკატი და მისამართის შეცვლა
tm-ce-module-vous-permet-de-reserver = ეს მოდული საშუალებას გაძლევთ, ჩაეწეროთ ვიზიტზე თქვენი ბინადრობის ნებართვის ასაღებად, მხოლოდ იმ შემთხვევაში, თუ მიიღეთ SMS ან წერილი, რომ ის პრეფექტურაში მზადაა.
tm-conformement-aux-dispositions = მოქმედი წესების თანახმად, ბინადრობის ნებართვის განახლების თქვენი მოთხოვნა განიხილება მხოლოდ მას შემდეგ, რაც წინასწარ წარადგენთ ყველა მოთხოვნილ დამადასტურებელ დოკუმენტს; წინააღმდეგ შემთხვევაში ის დაიხურება შემდგომი მოქმედების გარეშე და ხელახლა აღარ განიხილება.
tm-le-jour-du-rendez-vous-presentez = ვიზიტის დღეს მოდით პასპორტით, დროებითი ცნობით (récépissé) ან ძველი ბინადრობის ნებართვით, გამოძახებით (convocation) და საგადასახადო მარკით (timbre fiscal). ყოველ არასრულ საქმეზე უარი ითქმება.
tm-les-rendez-vous-sont-ouverts-chaque = ვიზიტებზე ჩაწერა ყოველ კვირას იხსნება, სარკმლებში თავისუფალი დროის გაჩენისთანავე. ტელეფონით ვიზიტი არ ინიშნება.
tm-retour-a-la-prise-de-rendez = ვიზიტზე ჩაწერაზე დაბრუნება
tm-etape-1-choix-du-guichet = ნაბიჯი 1: მიმღები სარკმლის არჩევა

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = სერვისზე ამჟამად ტექნიკური სამუშაოები მიმდინარეობს. ბოდიშს გიხდით შეფერხებისთვის, გთხოვთ, მოგვიანებით სცადოთ.
tm-les-demandes-deja-deposees-ne-sont = უკვე წარდგენილ მოთხოვნებზე ეს შეწყვეტა გავლენას არ ახდენს. თუ თქვენი ბინადრობის ნებართვის ვადა ტექნიკური სამუშაოების დროს ამოიწურება, განხილვის გახანგრძლივების თქვენი ცნობა (attestation de prolongation d’instruction) ძალაში რჩება.
tm-erreur = შეცდომა { $n }

## aides-jeunes: properties

tm-quel-est-votre-code-postal = რა არის თქვენი საფოსტო ინდექსი?
tm-quel-est-le-code-postal-de = რა არის თქვენი მშობლების თემის საფოსტო ინდექსი?
tm-combien-d-enfants-vous-y-compris = რამდენი ბავშვია (თქვენი ჩათვლით) თქვენი მშობლების კმაყოფაზე?
tm-lorsque-vos-parents-sont-separes-il = თუ თქვენი მშობლები დაშორებულები არიან, უნდა მიუთითოთ იმ მშობლის კმაყოფაზე მყოფი ბავშვების რაოდენობა, რომლის კმაყოფაზეც თქვენ ხართ. თუ ჯერ კიდევ არასრულწლოვანი ხართ და მონაცვლეობით ცხოვრობთ ორივე მშობელთან, უნდა შეკრიბოთ დაშორებული მშობლების ორივე საგადასახადო ოჯახის კმაყოფაზე მყოფი ბავშვები.
tm-et-combien-vous-y-compris-font = და რამდენი მათგანი (თქვენი ჩათვლით) სწავლობს უმაღლეს სასწავლებელში?
tm-actuellement-beneficiez-vous-d-une = ამჟამად იღებთ ლიცეუმის სტიპენდიას?
tm-avez-vous-un-lien-de-parente = გაქვთ პირდაპირი ნათესაური კავშირი საცხოვრებლის მესაკუთრესთან? არის ის თქვენი ან თქვენი მეუღლის წინაპარი ან შთამომავალი (შვილი, ბებია ან ბაბუა…)?
tm-vivez-vous-en-couple = წყვილად ცხოვრობთ?
tm-attention-cette-restriction-est = ყურადღება, ეს შეზღუდვა განსხვავდება შეზღუდული შესაძლებლობის მქონე მუშაკის სტატუსის აღიარებისგან.
tm-en-etude-ou-en-alternance = ვსწავლობ ან ვსწავლობ მუშაობასთან ერთად (alternance)
tm-salarie-ou-salariee = დაქირავებული მუშაკი (კაცი ან ქალი)
tm-independant-ou-independante = დამოუკიდებელი მუშაკი (კაცი ან ქალი)
tm-inscrit-ou-inscrite-comme-demandeur = რეგისტრირებული სამუშაოს მაძიებლად (კაცი ან ქალი)
tm-retraite-ou-retraitee = პენსიონერი (კაცი ან ქალი)
tm-autre = სხვა
tm-lorsque-vous-etudiez-et-que-vous = თუ სწავლობთ და მუშაობთ, უნდა აირჩიოთ „ვსწავლობ ან ვსწავლობ მუშაობასთან ერთად“ („En étude ou en alternance“).
tm-dans-quelle-classe-etes-vous = რომელ კლასში ხართ ამჟამად?
tm-cap-1ere-annee = CAP - 1-ლი წელი
tm-cap-2eme-annee = CAP - მე-2 წელი
tm-seconde = Seconde (ლიცეუმის 1-ლი წელი)
tm-premiere = Première (ლიცეუმის მე-2 წელი)
tm-terminale = Terminale (ლიცეუმის ბოლო წელი)
tm-licence-1ere-annee = Licence (ბაკალავრიატი) - 1-ლი წელი
tm-licence-2eme-annee = Licence (ბაკალავრიატი) - მე-2 წელი
tm-licence-3eme-annee = Licence (ბაკალავრიატი) - მე-3 წელი
tm-master-1ere-annee = მაგისტრატურა - 1-ლი წელი
tm-master-2eme-annee = მაგისტრატურა - მე-2 წელი
tm-doctorat-1ere-annee = დოქტორანტურა - 1-ლი წელი
tm-doctorat-2eme-annee = დოქტორანტურა - მე-2 წელი
tm-doctorat-3eme-annee = დოქტორანტურა - მე-3 წელი
tm-lorsque-vos-parents-sont-separes-il-2 = თუ თქვენი მშობლები დაშორებულები არიან, უნდა აიღოთ იმ მშობლის შემოსავლები, რომლის კმაყოფაზეც თქვენ ხართ. თუ ჯერ კიდევ არასრულწლოვანი ხართ და მონაცვლეობით ცხოვრობთ ორივე მშობელთან, უნდა შეკრიბოთ დაშორებული მშობლების ორივე საგადასახადო ოჯახის შემოსავლები.
tm-si-vous-ne-connaissez-pas-le = თუ არ იცით თქვენი მშობლების ჯამური მთლიანი შემოსავალი, სიმულაციის გასაგრძელებლად ჩაწერეთ 0. ყურადღება, ამან შეიძლება გავლენა მოახდინოს სიმულაციის შედეგების სიზუსტეზე
tm-beneficiez-vous-d-une-bourse-de = იღებთ უმაღლესი განათლების სტიპენდიას?
tm-etes-vous-en-alternance-dans-la = სწავლობთ მუშაობასთან ერთად (alternance) სახელმწიფო სამსახურში?
tm-je-ne-sais-pas = არ ვიცი
tm-pas-concerne = არ მეხება
tm-jamais = არასოდეს
tm-ponctuellement = დროდადრო
tm-regulierement = რეგულარულად
tm-de-quel-secteur-votre-formation-fait = რომელ სფეროს მიეკუთვნება თქვენი სწავლება?
tm-etes-vous-heberge-chez-vos-parents = მშობლებთან ცხოვრობთ?
tm-l-inaptitude-medicale-au-travail = ავადმყოფობით ან უბედური შემთხვევით გამოწვეული სამედიცინო შრომისუუნარობა შეიძლება იყოს ნაწილობრივი, სრული ან დროებითი.
tm-avez-vous-obtenu-une-mention-au = მიიღეთ თუ არა ბაკალავრის გამოცდაზე (baccalauréat) განსაკუთრებული შეფასება (mention)?
tm-francaise = ფრანგული
tm-europeenne = ევროპული
tm-non-europeenne = არაევროპული
tm-regime-general-caf-cpam = საერთო რეჟიმი (CAF/CPAM)
tm-mutualite-sociale-agricole-msa = სასოფლო-სამეურნეო სოციალური დაზღვევა (MSA)
tm-pour-les-etudiants-en-classes = დიდი სკოლების (grandes écoles) მოსამზადებელი კლასების სტუდენტებმა უნდა აირჩიონ „უმაღლეს სასწავლებელში“ („Dans un établissement de l'enseignement supérieur“).
tm-dans-quel-type-d-etablissement-etudiez = რა ტიპის სასწავლებელში სწავლობთ ამჟამად?
tm-etablissement-public = სახელმწიფო სასწავლებელი
tm-etablissement-prive-sous-contrat = კერძო სასწავლებელი სახელმწიფოსთან ხელშეკრულებით
tm-etablissement-prive-hors-contrat = კერძო სასწავლებელი სახელმწიფოსთან ხელშეკრულების გარეშე
tm-quelle-est-votre-relation-avec-votre = როგორი ურთიერთობა გაქვთ თქვენს მეუღლესთან?
tm-moins-de-50 = 50%-ზე ნაკლები
tm-etes-vous = თქვენ ხართ…?
tm-en-apprentissage = შეგირდობა (apprentissage)
tm-en-contrat-de-professionnalisation = პროფესიონალიზაციის ხელშეკრულებით
tm-combien-de-mois-envisagez-vous-de = რამდენი თვით აპირებთ სწავლის ფარგლებში საზღვარგარეთ წასვლას?
tm-quel-est-le-prenom-de-votre = რა ჰქვია თქვენს შვილს? სახელი გამოყენებული იქნება მხოლოდ იმისთვის, რომ შემდგომი შევსება გაგიადვილოთ.
tm-souhaitez-vous-connaitre-les-aides-pour = გსურთ გაიგოთ, რა დახმარება არსებობს ველოსიპედის საყიდლად?
tm-velo-mecanique-simple = ჩვეულებრივი მექანიკური ველოსიპედი
tm-velo-electrique = ელექტრო ველოსიპედი
tm-velo-cargo = სატვირთო ველოსიპედი
tm-velo-cargo-electrique = ელექტრო სატვირთო ველოსიპედი
tm-velo-pliant = დასაკეცი ველოსიპედი
tm-velo-pliant-electrique = ელექტრო დასაკეცი ველოსიპედი
tm-motorisation-d-un-velo-classique = ჩვეულებრივ ველოსიპედზე ძრავის დაყენება
tm-velo-adapte-pour-pmr = შეზღუდული მობილობის მქონე პირებისთვის (PMR) მორგებული ველოსიპედი
tm-etes-vous-interesse-ou-interessee-par = გაინტერესებთ სამედიცინო და სოციალური სფეროს სწავლებისთვის არსებული დახმარებები?
tm-souhaitez-vous-connaitre-les-aides-au = გსურთ გაიგოთ, რა დახმარება არსებობს BAFA-სა და BAFD-სთვის?
tm-prevoyez-vous-de-partir-a-l = აპირებთ სწავლის ფარგლებში საზღვარგარეთ წასვლას?
tm-prevoyez-vous-de-passer-le-permis = აპირებთ მართვის მოწმობის გამოცდის ჩაბარებას?
tm-moins-de-3-mois = 3 თვეზე ნაკლები
tm-entre-3-et-6-mois = 3-დან 6 თვემდე
tm-plus-de-3-mois = 3 თვეზე მეტი
tm-plus-6-mois = 6 თვეზე მეტი
tm-linterim-ou-travail-temporaire-est-un = დროებითი სამუშაო სააგენტოს მეშვეობით (intérim) არის შრომითი ხელშეკრულება დასაქმების სააგენტოსთან, რომელიც მუშაკს შეზღუდული ვადით გადასცემს საწარმოს, ხშირად არმყოფი თანამშრომლის შესაცვლელად ან ერთჯერადი საჭიროების დასაკმაყოფილებლად. თუ ხელშეკრულება სააგენტოსთან არის გაფორმებული, ეს სააგენტოს მეშვეობით დროებითი სამუშაოა.
tm-est-ce-une-colocation = ეს საერთო ქირაობაა (colocation)?
tm-est-ce-que-ce-logement-a = ეს საცხოვრებელი გარემონტდა (რეაბილიტირდა)?
tm-est-ce-une-chambre-une-chambre = ეს ოთახია? ოთახი არის საცხოვრებელი, რომელსაც მხოლოდ ერთი სათავსო აქვს და ტუალეტი არ აქვს.
tm-est-ce-un-logement-dans-une = ეს საცხოვრებელი CROUS-ის საერთო საცხოვრებელშია?
tm-participez-vous-aux-frais-du-logement = მონაწილეობთ საცხოვრებლის ხარჯებში? მაგალითად, ელექტროენერგიის, ტელეფონის და სხვა ხარჯებში.
tm-rencontrez-vous-des-difficultes = სერიოზული სირთულეები გაქვთ საცხოვრებლის პოვნაში ან საცხოვრებელთან დაკავშირებული ხარჯების გადახდაში?
tm-prevoyez-vous-de-demenager-prochainement = აპირებთ მალე გადასვლას სხვა საცხოვრებელში?
tm-non-j-ai-emmenage-il-y = არა, 3 თვეზე ნაკლები ხნის წინ გადმოვედი
tm-locataire = დამქირავებელი (locataire)
tm-figurant-sur-le-bail-en-foyer = ქირავნობის ხელშეკრულებაში მითითებული, საერთო საცხოვრებელში (foyer) ან რეზიდენციაში
tm-proprietaire = მესაკუთრე
tm-ou-en-location-accession = ან გამოსყიდვით ქირაობით (location-accession)
tm-heberge-ou-hebergee = სხვის სახლში ვცხოვრობ (კაცი ან ქალი)
tm-chez-vos-parents-chez-un-particulier = მშობლებთან, კერძო პირთან ან სამსახურებრივ საცხოვრებელში
tm-sans-domicile-stable = მუდმივი საცხოვრებლის გარეშე
tm-ou-domiciliation-administrative = ან ადმინისტრაციული საფოსტო მისამართი (domiciliation)
tm-etes-vous-primo-accedant-pour-cette = ამ ქონებას პირველად ყიდულობთ (primo-accédant)? primo-accédant არის პირი (ან ოჯახი), რომელიც ქონების ყიდვამდე ბოლო ორი წლის განმავლობაში არ ყოფილა თავისი ძირითადი საცხოვრებლის მესაკუთრე.
tm-quel-type-de-logement-louez-vous = რა ტიპის საცხოვრებელს ქირაობთ?
tm-non-meuble = ავეჯის გარეშე
tm-meuble-hotel = ავეჯით / სასტუმრო
tm-foyer = საერთო საცხოვრებელი (foyer)
tm-residence-universitaire-logement-crous = სტუდენტური საერთო საცხოვრებელი, CROUS-ის საცხოვრებელი, ახალგაზრდა მუშაკთა საერთო საცხოვრებელი, სოციალური რეზიდენცია…
tm-maison-de-retraite-residence-sociale = მოხუცთა სახლი, სოციალური რეზიდენცია…
tm-mes-enfants-a-charge = ჩემი კმაყოფაზე მყოფი შვილები
tm-quelle-est-la-situation-de-vos = როგორია თქვენი მშობლების მდგომარეობა?
tm-en-couple = წყვილად
tm-separes = დაშორებულები
tm-veuf-ou-veuve = ქვრივი (კაცი ან ქალი)
tm-decedes = გარდაცვლილები
tm-sans-autorite-parentale = მშობლის უფლებების გარეშე
tm-vos-parents-habitent-ils-en-france = თქვენი მშობლები საფრანგეთში ცხოვრობენ?
tm-quel-est-le-nombre-de-parts = რამდენი საგადასახადო წილია (parts) მითითებული თქვენი მშობლების ბოლო საგადასახადო შეტყობინებაში?
tm-une-part-fiscale-est-une-unite = საგადასახადო წილი არის ერთეული, რომელიც ასახავს საგადასახადო ოჯახის შემადგენლობას და გამოიყენება საშემოსავლო გადასახადის გამოსათვლელად. რომ გაიგოთ, რამდენი საგადასახადო წილი გაქვთ, შეგიძლიათ ნახოთ თქვენი საგადასახადო დეკლარაცია, სადაც ეს ინფორმაცია, როგორც წესი, მითითებულია.
tm-quel-est-le-revenu-fiscal-de = რა არის საცნობარო საგადასახადო შემოსავალი (RFR) თქვენი მშობლების ბოლო საგადასახადო შეტყობინებაში?
tm-si-vous-ne-connaissez-pas-le-2 = თუ არ იცით თქვენი მშობლების RFR, სიმულაციის გასაგრძელებლად ჩაწერეთ 0. ყურადღება, ამან შეიძლება გავლენა მოახდინოს სიმულაციის შედეგების სიზუსტეზე.

## aides-jeunes: resources.ts

tm-revenus-d-activite = შრომითი შემოსავლები
tm-revenus-professionnels-non-salaries = არადაქირავებითი პროფესიული შემოსავლები
tm-allocations = შემწეობები
tm-indemnites = კომპენსაციები
tm-pensions-rentes = პენსიები და რენტები
tm-revenus-du-patrimoine = ქონებიდან შემოსავლები
tm-autres-revenus = სხვა შემოსავლები
tm-salaire-dont-primes-et-indemnites-de = ხელფასი (პრემიებისა და ხელშეკრულების დასრულებისას გადახდილი კომპენსაციების ჩათვლით)
tm-entrez-le-montant-avant-la-retenue = შეიყვანეთ თანხა წყაროსთან გადასახადის დაკავებამდე
tm-remuneration-de-stage = სტაჟირების ანაზღაურება
tm-revenus-de-stage-de-formation = პროფესიული სწავლების სტაჟირების შემოსავლები
tm-allocation-de-securisation = პროფესიული უსაფრთხოების შემწეობა (allocation de sécurisation professionnelle)
tm-prime-forfaitaire-mensuelle-pour-la = ყოველთვიური ფიქსირებული პრემია სამუშაოზე დაბრუნებისთვის
tm-aides-au-logement-apl-als-alf = საცხოვრებლის დახმარებები (APL, ALS, ALF)
tm-allocations-familiales = ოჯახური დახმარება ბავშვებზე (allocations familiales)
tm-complement-familial-cf = ოჯახური დანამატი (CF)
tm-allocation-de-soutien-familial-asf = ოჯახის მხარდაჭერის დახმარება (ASF)
tm-revenu-de-solidarite-active-rsa = აქტიური სოლიდარობის შემოსავალი (RSA)
tm-prime-dactivite = დასაქმების პრემია (prime d’activité)
tm-allocation-de-solidarite-aux-personnes = ხანდაზმულთა სოლიდარობის დახმარება (ASPA)
tm-allocation-supplementaire-dinvalidite = დამატებითი შემწეობა შრომისუუნარობისთვის (ASI)
tm-allocation-de-solidarite-specifique-ass = სპეციალური სოლიდარობის შემწეობა (ASS)
tm-allocation-adulte-handicape-aah = შეზღუდული შესაძლებლობის მქონე ზრდასრულის დახმარება (AAH)
tm-complement-de-ressources-adulte = შეზღუდული შესაძლებლობის მქონე ზრდასრულის შემოსავლის დანამატი
tm-contrat-engagement-jeune = ახალგაზრდის ვალდებულების ხელშეკრულება (contrat engagement jeune)
tm-majoration-pour-vie-autonome-mva = დანამატი დამოუკიდებელი ცხოვრებისთვის (MVA)
tm-allocation-deducation-de-lenfant = შეზღუდული შესაძლებლობის მქონე ბავშვის განათლების დახმარება (AEEH)
tm-prestation-de-compensation-du-handicap = შეზღუდული შესაძლებლობის კომპენსაციის დახმარება (PCH)
tm-prestation-daccueil-du-jeune-enfant-paje = მცირეწლოვანი ბავშვის დახმარება (PAJE) - საბაზისო დახმარება
tm-complement-de-libre-choix-dactivite-clca = საქმიანობის თავისუფალი არჩევის დანამატი (CLCA)
tm-prestation-partagee-deducation-de = ბავშვის აღზრდის საერთო დახმარება (PreParE)
tm-indemnites-de-maternite-paternite = დეკრეტული, მამობის, შვილად აყვანის კომპენსაციები
tm-indemnites-maladie = ავადმყოფობის კომპენსაციები
tm-indemnites-maladie-professionnelle = პროფესიული დაავადების კომპენსაციები
tm-indemnites-daccident-du-travail = სამუშაოზე უბედური შემთხვევის კომპენსაციები
tm-indemnites-dactivite-partielle = ნაწილობრივი უმუშევრობის კომპენსაციები (activité partielle)
tm-indemnites-de-volontariat = მოხალისეობის კომპენსაციები
tm-dedommagement-aux-victimes-de-lamiante = აზბესტის მსხვერპლთა კომპენსაცია
tm-pension-alimentaire = ალიმენტი
tm-pension-alimentaire-versee = გადახდილი ალიმენტი
tm-prestation-compensatoire-suite-a = საკომპენსაციო გასაცემელი (დაშორების შემდეგ)
tm-retraite-y-compris-reversion-rente = პენსია (მარჩენალის დაკარგვის პენსიის ჩათვლით), რენტა
tm-rente-s-d-education-d-orphelin = განათლების, ობლის რენტა (რენტები)…
tm-retraite-du-combattant = ომის ვეტერანის პენსია
tm-pension-dinvalidite = შრომისუუნარობის პენსია
tm-bourse-de-lenseignement-superieur = უმაღლესი განათლების სტიპენდია
tm-bourse-de-recherche = კვლევითი სტიპენდია
tm-bourse-du-lycee = ლიცეუმის სტიპენდია
tm-gains-exceptionnels-dons-gains-aux-jeux = განსაკუთრებული შემოსავლები (ჩუქება, აზარტული თამაშების მოგება, მემკვიდრეობა)
tm-revenus-locatifs-terrains-appartements = ქირით მიღებული შემოსავლები (მიწის ნაკვეთები, ბინები, SCI…)
tm-revenus-du-capital-interets-plus-values = კაპიტალიდან შემოსავლები (პროცენტები, ღირებულების ნამატი, დივიდენდები…)
tm-via-une-micro-entreprise-achat-revente = მიკროსაწარმოს მეშვეობით (ყიდვა/გაყიდვა ან საცხოვრებლით უზრუნველყოფა)
tm-via-une-micro-entreprise-autre-activite = მიკროსაწარმოს მეშვეობით (სხვა კომერციული საქმიანობა, BIC)
tm-via-une-micro-entreprise-activite = მიკროსაწარმოს მეშვეობით (თავისუფალი პროფესია და/ან ინტელექტუალური საქმიანობა (BNC))
tm-en-tant-qu-exploitant-agricole = როგორც ფერმერი (exploitant agricole)
tm-en-profession-liberale-entrepreneur = თავისუფალი პროფესიით (მეწარმე)
tm-revenus-dactivite-connus = ცნობილი შრომითი შემოსავლები
tm-autres-revenus-imposables-preretraite = სხვა დასაბეგრი შემოსავლები (ადრეული პენსია, უმუშევრობა)
tm-pensions-retraites-rentes = პენსიები, საპენსიო გასაცემლები, რენტები
tm-frais-reels-deductibles = გამოსაქვითი ფაქტობრივი ხარჯები
tm-revenus-fonciers-nets = უძრავი ქონებიდან წმინდა შემოსავლები
tm-valeur-de-vos-biens-loues = თქვენი გაქირავებული ქონების ღირებულება
tm-valeur-de-vos-terrains-non-loues = თქვენი გაუქირავებელი მიწის ნაკვეთების ღირებულება
tm-valeur-locative-terrains-non-loues = გაუქირავებელი მიწის ნაკვეთების საიჯარო ღირებულება
tm-valeur-de-vos-biens-immobiliers-non = თქვენი გაუქირავებელი უძრავი ქონების ღირებულება
tm-valeur-locative-immobilier-non-loue = გაუქირავებელი უძრავი ქონების საიჯარო ღირებულება
tm-epargne-sur-livret-a = დანაზოგი livret A-ზე
tm-epargne-aux-revenus-non-imposables = დანაზოგი დაუბეგრავი შემოსავლით
tm-epargne-aux-revenus-imposables = დანაზოგი დასაბეგრი შემოსავლით

## aides-jeunes: components

tm-ex-caf-du-loiret = მაგალითი: CAF du Loiret
tm-id-de-la-simulation = სიმულაციის ID
tm-email-de-l-utilisateur = მომხმარებლის ელფოსტა

## rdv: devise

tm-votre-compte-a-ete-valide = თქვენი ანგარიში დადასტურებულია.
tm-vous-allez-recevoir-les-instructions = რამდენიმე წუთში მიიღებთ ინსტრუქციებს ანგარიშის დასადასტურებლად.
tm-si-votre-e-mail-existe-dans = თუ თქვენი ელფოსტა ჩვენს მონაცემთა ბაზაშია, მალე მიიღებთ წერილს ანგარიშის დადასტურების ინსტრუქციებით.
tm-votre-compte-a-ete-supprime = თქვენი ანგარიში წაიშალა!
tm-vous-avez-une-invitation-en-attente = თქვენ გაქვთ მოლოდინში მყოფი მოწვევა. მიიღეთ ის, რომ დაასრულოთ რეგისტრაცია.
tm-votre-connexion-est-deja-active = თქვენ უკვე შესული ხართ სისტემაში
tm-votre-compte-n-est-pas-encore = თქვენი ანგარიში ჯერ არ არის გააქტიურებული.
tm-email-ou-mot-de-passe-incorrect = ელფოსტა ან პაროლი არასწორია.
tm-vous-avez-droit-a-une-tentative = დაგრჩათ ერთი მცდელობა, სანამ თქვენი ანგარიში დაიბლოკება.
tm-votre-compte-est-verrouille = თქვენი ანგარიში დაბლოკილია.
tm-email-ou-mot-de-passe-invalide = ელფოსტა ან პაროლი არასწორია.
tm-votre-session-est-expiree-veuillez-vous = თქვენი სესია ამოიწურა. გასაგრძელებლად ხელახლა შედით სისტემაში.
tm-vous-devez-vous-connecter-ou-vous = გასაგრძელებლად უნდა შეხვიდეთ სისტემაში ან დარეგისტრირდეთ.
tm-vous-devez-valider-votre-compte-pour = გასაგრძელებლად უნდა დაადასტუროთ თქვენი ანგარიში.
tm-votre-invitation-n-est-pas-valide = თქვენი მოწვევა არ არის მოქმედი.
tm-votre-mot-de-passe-a-ete = თქვენი პაროლი შენახულია და ანგარიში გააქტიურებულია.
tm-votre-mot-de-passe-a-ete-2 = თქვენი პაროლი შენახულია.
tm-votre-invitation-a-ete-annulee = თქვენი მოწვევა გაუქმდა.
tm-lutilisateur-connecte-ne-correspond-pas = სისტემაში შესული მომხმარებელი არ ემთხვევა მოწვეულ მომხმარებელს. გამოდით სისტემიდან და სცადეთ ხელახლა.
tm-la-session-a-expire = სესია ამოიწურა
tm-choisir-son-mot-de-passe = აირჩიეთ პაროლი
tm-enregistrer = შენახვა
tm-ouvrir-l-app-mail = Mail აპლიკაციის გახსნა
tm-inscription = რეგისტრაცია
tm-code-dinvitation = მოწვევის კოდი
tm-creer-son-compte = შექმენით ანგარიში
tm-veuillez-cliquer-sur-le-lien-dans = დააწკაპუნეთ ბმულზე წერილში, რომელიც ახლახან გამოგიგზავნეთ
tm-vous-avez-ete-invite-sur = თქვენ მოგიწვიეს { $name }-ში
tm-bonjour = გამარჯობა, { $email }
tm-vous-avez-ete-invite-sur-vous = თქვენ მოგიწვიეს { $name }-ში. ამ მოწვევის მიღება შეგიძლიათ ქვემოთ მოცემული ბმულით.
tm-accepter-l-invitation = მოწვევის მიღება
tm-cette-invitation-est-valable-jusqu-au = ეს მოწვევა მოქმედებს { $date }-მდე.
tm-si-vous-n-acceptez-pas-cette = თუ ამ მოწვევას არ იღებთ, უგულებელყავით ეს წერილი. თქვენი ნებართვის გარეშე ანგარიში არ შეიქმნება.
tm-instructions-de-confirmation = დადასტურების ინსტრუქციები
tm-instructions-pour-changer-le-mot-de = პაროლის შეცვლის ინსტრუქციები
tm-instructions-pour-deverrouiller-le = ანგარიშის განბლოკვის ინსტრუქციები
tm-votre-mot-de-passe-a-ete-3 = თქვენი პაროლი წარმატებით შეიცვალა.
tm-nous-n-avons-pas-pu-vous = ვერ მოხერხდა თქვენი ვინაობის დადასტურება { $kind }-ით: „{ $reason }“.
tm-authentifie-avec-succes-via = ვინაობა წარმატებით დადასტურდა { $kind }-ით.
tm-vous-ne-pouvez-acceder-a-cette = ამ გვერდის გახსნა მხოლოდ პაროლის აღდგენის წერილიდან შეიძლება. თუ ასეთი წერილი გამოიყენეთ, დარწმუნდით, რომ სრულ მისამართს (URL) იყენებთ.
tm-vous-allez-recevoir-les-instructions-de = რამდენიმე წამში მიიღებთ პაროლის აღდგენის ინსტრუქციებს
tm-si-votre-e-mail-existe-dans-2 = თუ თქვენი ელფოსტა ჩვენს მონაცემთა ბაზაშია, ელფოსტით მიიღებთ პაროლის აღდგენის ბმულს
tm-votre-mot-de-passe-a-ete-4 = თქვენი პაროლი წარმატებით შეიცვალა, ახლა შესული ხართ სისტემაში
tm-votre-mot-de-passe-a-ete-5 = თქვენი პაროლი წარმატებით შეიცვალა.
tm-votre-compte-a-ete-supprime-avec = თქვენი ანგარიში წარმატებით წაიშალა. იმედი გვაქვს, მალე ისევ გნახავთ.
tm-bienvenue-votre-connexion-est-active = კეთილი იყოს თქვენი მობრძანება, შესული ხართ სისტემაში.
tm-votre-compte-est-bien-enregistre-vous = თქვენი ანგარიში დარეგისტრირდა. თუმცა სისტემაში შესვლა ვერ შეგიძლიათ, რადგან ანგარიში ჯერ არ არის გააქტიურებული.
tm-votre-compte-est-bien-enregistre-vous-2 = თქვენი ანგარიში დარეგისტრირდა. თუმცა სისტემაში შესვლა ვერ შეგიძლიათ, რადგან ანგარიში დაბლოკილია.
tm-un-message-contenant-un-lien-de = თქვენს ელფოსტაზე გაიგზავნა წერილი დადასტურების ბმულით. გახსენით ეს ბმული ანგარიშის გასააქტიურებლად.
tm-votre-compte-a-bien-ete-mis = თქვენი ანგარიში განახლდა, მაგრამ უნდა შევამოწმოთ თქვენი ახალი ელფოსტა. გადახედეთ თქვენს წერილებს და დააწკაპუნეთ დადასტურების ბმულზე, რომ დაასრულოთ ახალი მისამართის დადასტურება.
tm-votre-compte-a-ete-modifie-avec = თქვენი ანგარიში წარმატებით შეიცვალა.
tm-connexion-reussie = შესვლა წარმატებულია.
tm-deconnexion-reussie = გასვლა წარმატებულია.
tm-mode-deconnecte = სისტემიდან გამოსული რეჟიმი.
tm-vous-allez-recevoir-les-instructions-2 = რამდენიმე წამში მიიღებთ ანგარიშის განბლოკვის ინსტრუქციებს
tm-si-votre-compte-existe-vous-allez = თუ თქვენი ანგარიში არსებობს, მალე მიიღებთ წერილს მისი განბლოკვის ინსტრუქციებით.
tm-votre-compte-a-ete-deverrouille-avec = თქვენი ანგარიში წარმატებით განიბლოკა, ახლა შესული ხართ სისტემაში.

## rdv: errors

tm-a-deja-ete-valide-e-veuillez = უკვე დადასტურებულია, სცადეთ სისტემაში შესვლა
tm-a-confirmer-dans-les-merci-de = უნდა დადასტურდეს { $period }-ის განმავლობაში, გთხოვთ, გააკეთოთ ახალი მოთხოვნა
tm-a-expire-merci-d-en-faire = ვადა გაუვიდა, გთხოვთ, გააკეთოთ ახალი მოთხოვნა
tm-n-a-pas-ete-trouve-e = ვერ მოიძებნა
tm-n-etait-pas-verrouille-e = არ იყო დაბლოკილი
tm-une-erreur-a-empeche-ce-tte = შეცდომის გამო ეს { $resource } ვერ შეინახა:
tm-erreurs-ont-empeche-ce-tte-d = { $n } შეცდომის გამო ეს { $resource } ვერ შეინახა:

## rdv: links

tm-espace-usager = მომხმარებლის სივრცე
tm-je-n-ai-pas-recu-le = დადასტურების წერილი არ მიმიღია
tm-je-n-ai-pas-recu-le-2 = განბლოკვის წერილი არ მიმიღია

## rdv: activerecord

tm-la-validation-a-echoue = შემოწმება ვერ მოხერხდა: { $errors }

## rdv: errors

tm-doit-etre-accepte-e = უნდა იყოს მიღებული
tm-doit-etre-rempli-e = უნდა იყოს შევსებული
tm-ne-concorde-pas-avec = არ ემთხვევა { $attribute }-ს
tm-doit-etre-egal-a = უნდა უდრიდეს { $n }-ს
tm-doit-etre-pair = უნდა იყოს ლუწი რიცხვი
tm-n-est-pas-disponible = მიუწვდომელია
tm-doit-etre-superieur-a = უნდა იყოს { $n }-ზე მეტი
tm-doit-etre-superieur-ou-egal-a = უნდა იყოს { $n }-ზე მეტი ან მისი ტოლი
tm-n-est-pas-inclus-e-dans = სიაში არ არის
tm-doit-etre-inferieur-a = უნდა იყოს { $n }-ზე ნაკლები
tm-doit-etre-inferieur-ou-egal-a = უნდა იყოს { $n }-ზე ნაკლები ან მისი ტოლი
tm-validation-echouee = შემოწმება ვერ მოხერხდა: { $errors }
tm-n-est-pas-un-nombre = არ არის რიცხვი
tm-doit-etre-un-nombre-entier = უნდა იყოს მთელი რიცხვი
tm-doit-etre-impair = უნდა იყოს კენტი რიცხვი
tm-doit-etre-different-de = არ უნდა უდრიდეს { $n }-ს
tm-doit-etre-vide = უნდა იყოს ცარიელი
tm-doit-exister = უნდა არსებობდეს
tm-est-deja-utilise = უკვე გამოყენებულია
tm-est-trop-long-pas-plus-d = ზედმეტად გრძელია (არაუმეტეს ერთი სიმბოლო)
tm-est-trop-long-pas-plus-de = ზედმეტად გრძელია (არაუმეტეს { $n } სიმბოლო)
tm-est-trop-court-au-moins-un = ზედმეტად მოკლეა (მინიმუმ ერთი სიმბოლო)
tm-est-trop-court-au-moins-caracteres = ზედმეტად მოკლეა (მინიმუმ { $n } სიმბოლო)
tm-ne-fait-pas-la-bonne-longueur = სიგრძე არასწორია (უნდა იყოს ზუსტად ერთი სიმბოლო)
tm-ne-fait-pas-la-bonne-longueur-2 = სიგრძე არასწორია (უნდა იყოს { $n } სიმბოლო)
tm-veuillez-verifier-les-champs-suivants = შეამოწმეთ შემდეგი ველები:
tm-impossible-d-enregistrer-ce-tte-1 = ეს { $model } ვერ შეინახა: 1 შეცდომა
tm-impossible-d-enregistrer-ce-tte-erreurs = ეს { $model } ვერ შეინახა: { $n } შეცდომა

## rdv: helpers

tm-ajouter = დამატება
tm-modifier = შეცვლა
tm-retirer = ამოღება
tm-reinitialiser = საწყის მდგომარეობაში დაბრუნება
tm-veuillez-selectionner = აირჩიეთ

## rdv: public_office

tm-sur-place = ადგილზე

## rdv: visio

tm-par-visioconference = ვიდეოზარით

## rdv: phone

tm-par-telephone = ტელეფონით

## rdv: home

tm-a-domicile = სახლში

## rdv: mailers

tm-a-bientot-lequipe = მომავალ შეხვედრამდე, { $name }-ის გუნდი

## rdv: users

tm-un-creneau-vient-de-se-liberer = ახლახან გათავისუფლდა დრო!
tm-rdv-confirme-le = ვიზიტი დადასტურებულია: { $date }
tm-rdv-du-modifie = { $date }-ის ვიზიტი შეიცვალა
tm-rappel-rdv-le = [შეხსენება] ვიზიტი: { $date }
tm-rdv-annule-le-avec = { $date }-ის ვიზიტი { $name }-სთან გაუქმდა
tm-votre-rdv-du-a-ete-annule = თქვენი ვიზიტი „{ $motif }“ ({ $date }) გაუქმდა ადმინისტრაციული მიზეზით.
tm-votre-rdv-du-a-bien-ete = თქვენი ვიზიტი „{ $motif }“ ({ $date }) გაუქმდა თქვენივე თხოვნით.
tm-vous-pouvez-reprendre-un-rendez-vous = ახალ ვიზიტზე ჩაწერა შეგიძლიათ ნომერზე { $telephone_link } დარეკვით.
tm-vous-pouvez-reprendre-un-rendez-vous-2 = ახალ ვიზიტზე ჩაწერა შეგიძლიათ ქვემოთ მოცემულ ბმულზე დაწკაპუნებით:
tm-reprendre-rdv = ხელახლა ჩაწერა

## rdv: attributes

tm-email = ელფოსტა
tm-mot-de-passe-actuel = მიმდინარე პაროლი
tm-nom-de-la-commune = მუნიციპალიტეტის (commune) სახელი
tm-responsable = პასუხისმგებელი პირი

## rdv: activerecord

tm-lieu = ადგილი
tm-rendez-vous-honore = ვიზიტი შედგა
tm-rendez-vous-a-venir = მომავალი ვიზიტი
tm-annule-a-linitiative-de-lusager = გააუქმა მომხმარებელმა
tm-annule-a-linitiative-du-service = გააუქმა სამსახურმა
tm-caisse-d-affiliation = სააფილიაციო ფონდი (caisse)
tm-numero-d-allocataire = შემწეობის მიმღების ნომერი (allocataire)
tm-nombre-d-enfants = ბავშვების რაოდენობა
tm-accepte-les-notifications-par-sms = თანახმაა მიიღოს შეტყობინებები SMS-ით
tm-accepte-les-notifications-par-email = თანახმაა მიიღოს შეტყობინებები ელფოსტით
tm-numero-de-pre-demande-ants = ANTS-ის წინასწარი განაცხადის ნომერი
tm-sans-domicile-fixe = მუდმივი საცხოვრებლის გარეშე
tm-heberge = ცხოვრობს სხვის სახლში
tm-en-accession-a-la-propriete = ყიდულობს საცხოვრებელს
tm-logement = საცხოვრებელი
tm-aucune = არცერთი
tm-proche = ახლობელი
tm-le-prenom-ne-peut-etre-change = სახელის შეცვლა შეუძლებელია, რადგან ის დადასტურებულია FranceConnect-ის მიერ
tm-le-nom-de-naissance-ne-peut = დაბადებისას მინიჭებული გვარის შეცვლა შეუძლებელია, რადგან ის დადასტურებულია FranceConnect-ის მიერ
tm-la-date-de-naissance-ne-peut = დაბადების თარიღის შეცვლა შეუძლებელია, რადგან ის დადასტურებულია FranceConnect-ის მიერ
tm-ce-mot-de-passe-fait-partie = ეს პაროლი ხშირად გამოყენებული პაროლების სიაშია და ამიტომ ვერ დაიცავს თქვენს ანგარიშს. აირჩიეთ სხვა.
tm-pour-assurer-la-securite-de-votre = თქვენი ანგარიშის უსაფრთხოებისთვის პაროლი უნდა შეიცავდეს მინიმუმ { $n } სიმბოლოს
tm-doit-comporter-10-chiffres-et-lettres = უნდა შეიცავდეს 10 ციფრსა და ასოს
tm-n-a-pas-pu-etre-valide = მოულოდნელი შეცდომის გამო ვერ შემოწმდა. სცადეთ ხელახლა 30 წამში.
tm-ce-numero-de-pre-demande-ants = ANTS-ის ეს წინასწარი განაცხადის ნომერი უკვე გამოყენებულია ვიზიტისთვის აქ: { $meeting_point }. ახალ ვიზიტზე ჩაწერამდე გააუქმეთ ის ვიზიტი.

## rdv: simple_form

tm-saisissez-un-numero-a-10-chiffres = შეიყვანეთ საფრანგეთის მატერიკული ან ზღვისიქითა ტერიტორიის 10-ციფრიანი ნომერი, ან საერთაშორისო ნომერი ქვეყნის კოდით.
tm-pour-accelerer-votre-demarche-nous-vous = პროცედურის დასაჩქარებლად გირჩევთ, წინასწარ შეავსოთ განაცხადი ANTS-ის საიტზე და მიუთითოთ წინასწარი განაცხადის ნომერი.

## rdv: pundit

tm-vous-navez-pas-les-droits-suffisants = არ გაქვთ საკმარისი უფლებები ამ გვერდის გასახსნელად ან ამ მოქმედების შესასრულებლად

## rdv: rdvs

tm-le-duree-minutes = { $date } (ხანგრძლივობა: { $duration } წუთი)
tm-aujourdhui-a-duree-minutes = დღეს, { $date } (ხანგრძლივობა: { $duration } წუთი)
tm-1-place-restante = დარჩა 1 ადგილი
tm-places-restantes = დარჩა { $n } ადგილი
tm-1-place = 1 ადგილი
tm-places = { $n } ადგილი

## rdv: simple_form

tm-merci-de-corriger-les-problemes-suivants = გასწორეთ შემდეგი პრობლემები:

## rdv: users

tm-les-champs-d-etat-civil-nom = სამოქალაქო მდგომარეობის ველების (დაბადებისას მინიჭებული გვარი, სახელები, დაბადების თარიღი და ადგილი) შეცვლა აღარ შეიძლება FranceConnect-ით დადასტურებული შესვლის შემდეგ
tm-les-3-lettres-ne-correspondent-pas = ეს 3 ასო არ ემთხვევა გვარს.

## rdv: search

tm-1-lieu-est-disponible = ხელმისაწვდომია 1 ადგილი
tm-lieux-sont-disponibles = ხელმისაწვდომია { $n } ადგილი
tm-selectionnez-un-lieu-de-rdv = აირჩიეთ ვიზიტის ადგილი:
tm-prochaine-disponibilite-le = უახლოესი თავისუფალი დრო:

## rdv: lieux

tm-vous-ne-semblez-pas-beneficier-dun = როგორც ჩანს, თქვენ არ გყავთ თანმხლები ან მეთვალყურე; აირჩიეთ სხვა მიზეზი ან დაუკავშირდით თქვენს დეპარტამენტს ნომერზე { $phone_number }.

## rdv: common

tm-votre-adresse = თქვენი მისამართი
tm-votre-service = თქვენი სამსახური
tm-ex-21-rue-anatole-france-calais = მაგ.: 21 rue Anatole France, Calais
tm-modifier-l-adresse = მისამართის შეცვლა
tm-choisissez-un-service = აირჩიეთ სამსახური
tm-choisir-ce-service = ამ სამსახურის არჩევა
tm-le-service-que-vous-cherchez-n = სამსახური, რომელსაც ეძებთ, სიაში არ არის?
tm-modifier-le-service = სამსახურის შეცვლა
tm-choisissez-un-motif = აირჩიეთ მიზეზი
tm-choisir-ce-motif = ამ მიზეზის არჩევა

## rdv: users

tm-entrez-les-3-premieres-lettres-de = შეიყვანეთ თქვენი გვარის პირველი 3 ასო
tm-sophie-dupont-dup = Sophie Dupont: DUP
tm-jean-de-la-fontaine-del = Jean De La Fontaine: DEL
tm-edwige-xi-xi = Edwige Xi: XI
tm-identification = იდენტიფიკაცია
tm-choix-de-l-usager = მომხმარებლის არჩევანი
tm-votre-rendez-vous-a-ete-confirme = თქვენი ვიზიტი დადასტურებულია.
tm-ce-creneau-nest-plus-disponible-veuillez = ეს დრო აღარ არის თავისუფალი. აირჩიეთ სხვა.
tm-vous-allez-modifier-votre-rdv-qui = თქვენ ცვლით ვიზიტს „{ $motif_name_and_service }“, რომელიც დანიშნულია { $date }
tm-mes-informations = ჩემი მონაცემები
tm-mes-proches = ჩემი ახლობლები
tm-aucun-proche = ახლობლები არ არის
tm-ajouter-un-proche = ახლობლის დამატება

## mdph: server

tm-identites = პირადი მონაცემები
tm-individus-et-organismes-concernes-par-la = პირები და ორგანიზაციები, რომლებსაც განაცხადი ეხება
tm-situations-particulieres = განსაკუთრებული სიტუაციები
tm-etes-vous-dans-l-une-des = ხართ თუ არა ერთ-ერთ შემდეგ სიტუაციაში?
tm-vous-n-arrivez-plus-a-vivre = სახლში ცხოვრება აღარ შეგიძლიათ
tm-expliquez-la-difficulte = ახსენით სირთულე
tm-votre-ecole-ne-peut-plus-vous = თქვენს სკოლას აღარ შეუძლია თქვენი მიღება
tm-votre-etablissement-ne-peut-plus-vous = თქვენს დაწესებულებას აღარ შეუძლია თქვენი მიღება და სახლში დაბრუნება არ შეგიძლიათ
tm-vous-risquez-de-perdre-votre-travail = სამსახურის დაკარგვის საფრთხე გემუქრებათ
tm-vous-sortez-d-hospitalisation-et-vous = საავადმყოფოდან გეწერებით და სახლში დაბრუნება არ შეგიძლიათ
tm-vous-commencez-bientot-une-nouvelle = მალე იწყებთ ახალ სწავლებას
tm-precisez = დააზუსტეთ
tm-date-d-entree-prevue = დაწყების დაგეგმილი თარიღი
tm-vous-venez-de-trouver-un-emploi = ახლახან იპოვეთ სამსახური
tm-vous-arrivez-dans-moins-de-2 = თქვენი უფლებები 2 თვეზე ნაკლებ დროში მთავრდება (მაგ.: AEEH, AAH, PCH, RQTH და ა.შ.)
tm-indiquez-le-s-droit-s-concerne = მიუთითეთ შესაბამისი უფლება(ები) და ვადის გასვლის თარიღ(ებ)ი
tm-vie-quotidienne = ყოველდღიური ცხოვრება
tm-situation = მდგომარეობა
tm-besoins = საჭიროებები
tm-attentes = მოლოდინები
tm-vous-vivez = ვისთან ცხოვრობთ
tm-seule = მარტო
tm-avec-vos-parents-ou-l-un = მშობლებთან (ან ერთ-ერთთან)
tm-avec-vos-enfants-ou-l-un = შვილებთან (ან ერთ-ერთთან)
tm-autre-situation = სხვა მდგომარეობა
tm-ou-vivez-vous = სად ცხოვრობთ?
tm-vous-avez-un-logement-independant = გაქვთ საკუთარი დამოუკიდებელი საცხოვრებელი
tm-vous-vivez-dans-un-etablissement-medico = ცხოვრობთ სამედიცინო-სოციალურ ან სამკურნალო დაწესებულებაში
tm-precisez-le-nom-le-type-et = მიუთითეთ სახელწოდება, ტიპი და ადგილი
tm-vous-etes-hebergee-au-domicile = ცხოვრობთ სხვის სახლში
tm-vous-avez-deja-eu = უკვე გქონიათ:
tm-un-accident-cause-par-un-tiers = უბედური შემთხვევა სხვა პირის ბრალით
tm-un-accident-du-travail = უბედური შემთხვევა სამსახურში
tm-un-autre-accident = სხვა უბედური შემთხვევა
tm-suite-a-cet-accident-y-a = ამ შემთხვევის შემდეგ არის თუ არა მიმდინარე ან დასრულებული მოთხოვნა ზიანის ანაზღაურებაზე?
tm-aupres-de-quel-organisme = რომელ ორგანიზაციაში?
tm-vous-recevez = იღებთ:
tm-une-aide-financiere-et-des-ressources = ფინანსურ დახმარებას და შემოსავალს
tm-une-aide-technique-materielle-ou-de = ტექნიკურ, მატერიალურ დახმარებას ან აღჭურვილობას
tm-une-aide-a-la-personne-avec = პირად დახმარებას: ვიღაც გეხმარებათ
tm-vous-recevez-les-aides-ressources-et = იღებთ შემდეგ დახმარებებს, შემოსავლებს და/ან შემწეობებს:
tm-allocation-chomage-versee-par-pole = უმუშევრობის შემწეობა, რომელსაც იხდის Pôle Emploi
tm-dans-les-12-mois-precedant-votre = განაცხადამდე 12 თვის განმავლობაში მიგიღიათ თუ არა:
tm-un-revenu-d-activite = შემოსავალი მუშაობიდან
tm-des-indemnites-journalieres = დღიური შემწეობები (ავადმყოფობის ანაზღაურება)
tm-un-revenu-issu-d-une-activite = შემოსავალი ESAT-ში მუშაობიდან
tm-vous-percevez-une-ou-plusieurs-des = იღებთ ერთ ან რამდენიმე შემდეგ დახმარებას:
tm-une-pension-d-invalidite = შშმ პირის (ინვალიდობის) პენსიას
tm-une-autre-pension-de-ce-type = ამ ტიპის სხვა პენსიას
tm-pension-des-deux-tiers-d-incapacite = „ორი მესამედის“ პენსიას, შრომისუუნარობის პენსიას და ა.შ.
tm-une-majoration-tierce-personne = Majoration Tierce Personne (დანამატი მესამე პირის დახმარებისთვის)
tm-une-allocation-supplementaire-d = Allocation Supplémentaire d'Invalidité (დამატებითი შემწეობა შეზღუდული შესაძლებლობისთვის)
tm-une-rente-d-accident-ou-de = რენტას სამსახურში უბედური შემთხვევის ან პროფესიული დაავადების გამო
tm-une-prestation-complementaire-de-recours = Prestation Complémentaire de Recours à Tierce Personne (დამატებითი ანაზღაურება მესამე პირის დახმარებისთვის)
tm-une-retraite-pour-inaptitude-dans-la = საჯარო სამსახურში შეუფერებლობის გამო პენსიას ან ვადამდელ პენსიას
tm-depuis-le-2 = რა თარიღიდან?
tm-connaissez-vous-votre-taux-d-ipp = იცით თქვენი IPP-ის პროცენტი (Incapacité Permanente Partielle, მუდმივი ნაწილობრივი შრომისუუნარობა)?
tm-renseignez-ici-le-taux-qui-vous = მიუთითეთ აქ პროცენტი, რომელიც ჯანმრთელობის დაზღვევამ (CPAM) დაგიდგინათ
tm-taux-d-ipp-en = IPP-ის პროცენტი, %-ში
tm-vous-avez-indique-recevoir-une-aide = მიუთითეთ, რომ იღებთ ტექნიკურ, მატერიალურ დახმარებას ან აღჭურვილობას; ეს დახმარებაა:
tm-un-amenagement-de-logement = საცხოვრებლის მორგება
tm-une-aide-animaliere = დამხმარე ცხოველი
tm-un-amenagement-de-vehicule = ავტომობილის მორგება
tm-une-aide-technique-ex-barre-d = ტექნიკური დამხმარე საშუალება (მაგ.: სახელური, ჯოხი-ჩარჩო (ვოკერი) და ა.შ.)
tm-vous-avez-indique-recevoir-une-aide-2 = მიუთითეთ, რომ იღებთ პირად დახმარებას; გეხმარებათ:
tm-votre-famille = თქვენი ოჯახი
tm-un-professionnel-de-soins-a-domicile = შინ მოვლის სპეციალისტი
tm-un-accompagnement-medico-social = სამედიცინო-სოციალური მხარდაჭერა
tm-etes-vous-a-la-retraite = პენსიაზე ხართ?
tm-depuis-quand = როდიდან?
tm-l-aspa-allocation-de-solidarite-pour = ASPA (Allocation de Solidarité pour les Personnes Agées, სოლიდარობის შემწეობა ხანდაზმულებისთვის)
tm-l-apa-allocation-personnalisee-d = APA (Allocation Personnalisée d'Autonomie, დამოუკიდებლობის პერსონალური შემწეობა)
tm-vous-avez-demande-une-pension-de = მოითხოვეთ ასაკობრივი პენსია
tm-du-fait-de-votre-handicap = თქვენი შეზღუდული შესაძლებლობის გამო:
tm-vous-exercez-une-activite = მუშაობთ არასრულ განაკვეთზე
tm-precisez-la-quotite-en-pourcentage = მიუთითეთ სამუშაო დროის წილი პროცენტებში
tm-vous-avez-du-renoncer-a-votre = სამსახურის დატოვება მოგიწიათ
tm-du-fait-de-votre-handicap-recourez = შეზღუდული შესაძლებლობის გამო ვინმეს ფულს უხდით, რომ დაგეხმაროთ?
tm-frais-lies-au-handicap-et-restant = შეზღუდულ შესაძლებლობასთან დაკავშირებული ხარჯები, რომლებსაც თავად იხდით
tm-indiquez-les-frais-non-rembourses-ou = მიუთითეთ ხარჯები, რომლებსაც თქვენი ჯანმრთელობის დაზღვევა ან დამატებითი დაზღვევა (mutuelle) არ ანაზღაურებს ან მხოლოდ ნაწილობრივ ანაზღაურებს. კერძოდ, მიუთითეთ, უხდით თუ არა ვინმეს ფულს დახმარებისთვის შეზღუდული შესაძლებლობის გამო.
tm-vous-avez-besoin-d-aide-dans = ყოველდღიურ ცხოვრებაში დახმარება გჭირდებათ:
tm-pour-regler-les-depenses-courantes-loyer = მიმდინარე ხარჯების გადასახდელად (ქირა, ენერგია, ტანსაცმელი, საკვები და ა.შ.)
tm-pour-gerer-votre-budget-et-repondre = ბიუჯეტის სამართავად და ვალდებულებების შესასრულებლად (ადმინისტრაციული პროცედურები, დაზღვევა, გადასახადები და ა.შ.)
tm-pour-l-hygiene-corporelle-se-laver = პირადი ჰიგიენისთვის (დაბანა, ტუალეტში სიარული)
tm-pour-vous-habiller-mettre-et-oter = ჩასაცმელად (ტანსაცმლის ჩაცმა, გახდა, შერჩევა და ა.შ.)
tm-pour-faire-les-courses = საყიდლებისთვის
tm-pour-preparer-les-repas = საჭმლის მოსამზადებლად
tm-pour-prendre-les-repas = საჭმელად
tm-pour-faire-le-menage-et-l = დასალაგებლად და ტანსაცმლის მოსავლელად
tm-pour-prendre-soin-de-votre-sante = ჯანმრთელობაზე ზრუნვისთვის (მკურნალობა, ექიმთან სიარული და ა.შ.)
tm-autre-besoin = სხვა საჭიროება
tm-vous-avez-besoin-d-aide-pour = გადაადგილებისთვის დახმარება გჭირდებათ:
tm-pour-se-deplacer-dans-le-domicile = სახლში გადასაადგილებლად
tm-pour-sortir-du-domicile-ou-y = სახლიდან გასასვლელად ან სახლში შესასვლელად
tm-pour-se-deplacer-a-l-exterieur = სახლის გარეთ გადასაადგილებლად
tm-pour-utiliser-un-vehicule = ავტომობილით სარგებლობისთვის
tm-pour-utiliser-les-transports-en-commun = საზოგადოებრივი ტრანსპორტით სარგებლობისთვის
tm-pour-partir-en-vacances = შვებულებაში წასასვლელად
tm-utilisez-vous-les-transports-adaptes = იყენებთ თუ არა თქვენს მხარეში შეთავაზებულ მორგებულ ტრანსპორტს?
tm-vous-avez-besoin-d-aide-pour-2 = სოციალურ ცხოვრებაში დახმარება გჭირდებათ:
tm-pour-communiquer-s-exprimer-se-faire = კომუნიკაციისთვის (აზრის გამოხატვა, გაგებინება)
tm-pour-avoir-des-activites-sportives-et = სპორტითა და დასვენების აქტივობებით დასაკავებლად
tm-pour-les-relations-avec-les-autres = სხვებთან ურთიერთობისთვის
tm-pour-vous-occuper-de-votre-famille = ოჯახზე ზრუნვისთვის
tm-pour-vous-accompagner-dans-votre-vie = სამოქალაქო ცხოვრებაში თანხლებისთვის (მაგ.: არჩევნებზე წასვლა, ასოციაციებში მონაწილეობა და ა.შ.)
tm-pour-assurer-votre-securite = თქვენი უსაფრთხოებისთვის
tm-quelles-sont-vos-attentes-pour-compenser = რას ელით შეზღუდული შესაძლებლობის კომპენსაციისთვის?
tm-vivre-a-domicile = სახლში ცხოვრება
tm-un-amenagement-de-votre-lieu-de = საცხოვრებელი ადგილის მორგება
tm-realiser-un-bilan-des-capacites-dans = ყოველდღიურ ცხოვრებაში შესაძლებლობების შეფასება
tm-une-aide-financiere-afin-d-assurer = ფინანსური დახმარება მინიმალური შემოსავლის უზრუნველსაყოფად
tm-une-aide-pour-se-deplacer = დახმარება გადაადგილებაში
tm-un-accompagnement-pour-l-adptation = მხარდაჭერა ყოველდღიურ ცხოვრებასთან ადაპტაციის / რეადაპტაციისთვის
tm-une-aide-humaine-quelqu-un-qui = ადამიანის დახმარება: ვინმე, ვინც დაგეხმარებათ
tm-vivre-en-etablissement = დაწესებულებაში ცხოვრება
tm-du-materiel-ou-equipement = მასალა ან აღჭურვილობა
tm-une-aide-financiere-pour-des-depenses = ფინანსური დახმარება შეზღუდულ შესაძლებლობასთან დაკავშირებული ხარჯებისთვის
tm-un-accueil-temporaire = დროებითი განთავსება
tm-autre-attente = სხვა მოლოდინი
tm-avez-vous-deja-identifie-une-ou = უკვე იპოვეთ ერთი ან რამდენიმე დაწესებულება ან სამსახური, რომელიც თქვენს მოლოდინებს დააკმაყოფილებს?
tm-avez-vous-d-autres-renseignements = გაქვთ სხვა ინფორმაცია (მდგომარეობა, მოლოდინები, გეგმები) თქვენი ყოველდღიური ცხოვრების შესახებ?
tm-vie-scolaire-ou-etudiante = სასკოლო ან სტუდენტური ცხოვრება
tm-etes-vous-actuellement-scolarise = ამჟამად სწავლობთ სკოლაში?
tm-pourquoi-n-etes-vous-pas-scolarise = რატომ არ სწავლობთ სკოლაში?
tm-vous-etes-trop-jeune = ჯერ ძალიან პატარა ხართ
tm-a-partir-de-quand-serez-vous = როდიდან დაიწყებთ სკოლაში სწავლას?
tm-vous-etes-sans-solution-d-accueil = სკოლაში, უნივერსიტეტში ან სამედიცინო-სოციალურ დაწესებულებაში ადგილი არ გაქვთ
tm-vous-etes-actuellement-scolarise = ამჟამად სწავლობთ სკოლაში
tm-en-milieu-ordinaire = ჩვეულებრივ სკოლაში
tm-avec-accompagnement-par-un-service-de = სამკურნალო სამსახურის ან სამედიცინო-სოციალური დაწესებულების თანხლებით
tm-en-temps-partage-entre-letablissement = დრო გაყოფილია სამედიცინო-სოციალურ დაწესებულებასა და ჩვეულებრივ სკოლას ან სახლს შორის
tm-en-temps-partage-entre-le-service = დრო გაყოფილია სამკურნალო სამსახურსა და ჩვეულებრივ სკოლას შორის
tm-en-formation-superieure-ou-en = უმაღლეს განათლებაში ან შეგირდობაში
tm-etes-vous-place-en-internat = ცხოვრობთ ინტერნატში?
tm-ses-frais-de-sejour-sont-ils = ცხოვრების ხარჯებს სრულად ფარავს ჯანმრთელობის დაზღვევა, სახელმწიფო ან სოციალური დახმარება?
tm-dans-quel-s-etablissement-s = რომელ დაწესებულებაში (დაწესებულებებში)?
tm-quel-type-d-etudes-suivez-vous = რა ტიპის სწავლებას გადიხართ?
tm-quel-s-diplome-s-avez-vous = რა დიპლომ(ებ)ი მიიღეთ?
tm-quel-s-diplome-s-preparez-vous = რა დიპლომ(ებ)ისთვის ემზადებით?
tm-decrivez-votre-parcours-d-etudiant-ou = აღწერეთ თქვენი გზა, როგორც სტუდენტის ან შეგირდის
tm-annee-etablissement = წელი, დაწესებულება
tm-vous-disposez-actuellement-d = ამჟამად გაქვთ მხარდაჭერა და მკურნალობა
tm-soins-hospitaliers = საავადმყოფოში მკურნალობა
tm-soins-en-liberal = კერძო სპეციალისტების მკურნალობა
tm-vous-disposez-actuellement-d-adaptations = ამჟამად გაქვთ მორგებული მატერიალური პირობები
tm-amenagement-et-adaptations-pedagogiques = პედაგოგიური მორგება
tm-outils-de-communication = კომუნიკაციის საშუალებები
tm-materiel-informatique-et-audiovisuel = კომპიუტერული და აუდიოვიზუალური აღჭურვილობა
tm-materiel-deficience-auditive = აღჭურვილობა სმენის დარღვევისთვის
tm-materiel-deficience-visuelle = აღჭურვილობა მხედველობის დარღვევისთვის
tm-mobilier-et-petits-materiels = ავეჯი და მცირე აღჭურვილობა
tm-transport = ტრანსპორტი
tm-vous-disposez-actuellement-d-une-aide = ამჟამად გყავთ დამხმარე შეზღუდული შესაძლებლობის მქონე მოსწავლეებისთვის
tm-precisez-laquelle = დააზუსტეთ, რომელი
tm-decrivez-votre-emploi-du-temps-ecole = აღწერეთ თქვენი განრიგი (სკოლა, სასადილო, მკურნალობა და ა.შ.)
tm-vous-avez-des-besoins-en-lien = გაქვთ სწავლასთან დაკავშირებული საჭიროებები:
tm-pour-lire = კითხვისთვის
tm-pour-ecrire-prendre-des-notes = წერისთვის, ჩანაწერების გასაკეთებლად
tm-pour-calculer = ანგარიშისთვის
tm-pour-comprendre-suivre-les-consignes = მითითებების გასაგებად და შესასრულებლად
tm-pour-organiser-controler-son-travail = საკუთარი სამუშაოს ორგანიზებისა და შემოწმებისთვის
tm-pour-l-utilisation-du-materiel = აღჭურვილობის გამოსაყენებლად
tm-vous-avez-des-besoins-pour-communiquer = კომუნიკაციისთვის გაქვთ საჭიროებები:
tm-pour-assurer-sa-securite = საკუთარი უსაფრთხოებისთვის
tm-vous-avez-des-besoins-pour-l = პირადი მოვლის საჭიროებები გაქვთ:
tm-pour-l-hygiene-corporelle-aller-aux = პირადი ჰიგიენისთვის (ტუალეტში სიარული)
tm-pour-s-habiller-mettre-et-oter = ჩასაცმელად (ტანსაცმლის ჩაცმა და გახდა)
tm-pour-les-repas-manger-et-boire = კვებისთვის (ჭამა და სმა)
tm-pour-prendre-soin-de-sa-sante = ჯანმრთელობაზე ზრუნვისთვის
tm-vous-avez-besoin-d-aide-pour-3 = გადაადგილებისთვის დახმარება გჭირდებათ:
tm-pour-se-deplacer-a-l-interieur = შენობის შიგნით გადასაადგილებლად
tm-pour-se-deplacer-a-l-exterieur-2 = შენობის გარეთ გადასაადგილებლად
tm-vous-souhaitez = გსურთ:
tm-une-adaptation-de-la-scolarite = სწავლების მორგება
tm-une-orientation-scolaire-differente = სხვა სასკოლო მიმართულება
tm-une-aide-humaine = ადამიანის დახმარება
tm-une-aide-materielle = მატერიალური დახმარება
tm-un-accompagnement-pour-une-readaptation = მხარდაჭერა რეადაპტაციისთვის / რეაბილიტაციისთვის
tm-une-prise-en-charge-par-un = მომსახურება დაწესებულებაში საცხოვრებლის გარეშე
tm-une-prise-en-charge-par-un-2 = მომსახურება დაწესებულებაში საცხოვრებლით
tm-avez-vous-deja-identifie-un = უკვე იპოვეთ სკოლა, უნივერსიტეტი ან სამედიცინო-სოციალური დაწესებულება, რომელიც თქვენს მოლოდინებს დააკმაყოფილებს?
tm-avez-vous-pu-prendre-contact-avec = შეძელით დაკავშირება თქვენს პასუხისმგებელ მასწავლებელთან (enseignant référent)?
tm-pourquoi = რატომ?
tm-vous-avez-d-autres-renseignements = თუ გაქვთ სხვა მნიშვნელოვანი ინფორმაცია (მდგომარეობა, მოლოდინები, გეგმები) თქვენი სასკოლო, სტუდენტური ან შეგირდობის ცხოვრების შესახებ, მიუთითეთ აქ:
tm-vie-au-travail = სამუშაო ცხოვრება
tm-situation-professionnelle = პროფესიული მდგომარეობა
tm-parcours-professionnel = პროფესიული გზა
tm-projet-professionnel = პროფესიული გეგმა
tm-avez-vous-actuellement-un-emploi = ამჟამად გაქვთ სამსახური?
tm-avez-vous-deja-travaille = ოდესმე გიმუშავიათ?
tm-pourquoi-etes-vous-actuellement-sans = რატომ ხართ ამჟამად უმუშევარი და როდიდან?
tm-pouvez-vous-indiquer-pourquoi-vous-etes = შეგიძლიათ მიუთითოთ, რატომ ხართ ამჟამად უმუშევარი?
tm-etes-vous-dans-une-des-situations = ხართ თუ არა ერთ-ერთ შემდეგ სიტუაციაში?
tm-inscrit-a-pole-emploi = რეგისტრირებული Pôle emploi-ში
tm-en-formation-continue = უწყვეტ განათლებაში (ზრდასრულთა სწავლება)
tm-votre-accompagnement-vers-l-emploi-est = სამსახურის ძიებაში თქვენ გეხმარებათ:
tm-mission-locale = Mission locale (ახალგაზრდების დასაქმების ადგილობრივი ცენტრი)
tm-cap-emploi = Cap emploi
tm-pole-emploi = Pôle emploi
tm-un-referent-rsa-designe-par-le = RSA-ის პასუხისმგებელი პირი, დანიშნული Conseil Général-ის (დეპარტამენტის საბჭოს) მიერ
tm-vous-avez-un-emploi = გაქვთ სამსახური:
tm-en-entreprise-adaptee = მორგებულ საწარმოში (entreprise adaptée)
tm-en-milieu-protege-etablissements-et = დაცულ გარემოში (Etablissements et services d’aide par le travail - ESAT)
tm-quel-est-votre-type-d-emploi = როგორი დასაქმება გაქვთ?
tm-interim = დროებითი სამუშაო სააგენტოს მეშვეობით
tm-contrat-aide = სუბსიდირებული ხელშეკრულება
tm-travailleur-independant = თვითდასაქმებული
tm-regime = რეჟიმი:
tm-stagiaire-professionnel = სტაჟიორი
tm-est-ce-un-stage-remunere = ეს ანაზღაურებადი სტაჟირებაა?
tm-au-sein-de-quel-organisme-effectuez = რომელ ორგანიზაციაში გადიხართ სტაჟირებას?
tm-nom-de-l-organisme = ორგანიზაციის სახელწოდება
tm-qui-est-votre-employeur = ვინ არის თქვენი დამსაქმებელი?
tm-quel-est-le-nom-de-votre = რა ჰქვია თქვენს თანამდებობას?
tm-nom-du-poste = თანამდებობის სახელწოდება
tm-votre-emploi-est-il-a-temps = სრულ განაკვეთზე მუშაობთ თუ არასრულზე?
tm-temps-complet = სრული განაკვეთი
tm-temps-partiel = არასრული განაკვეთი
tm-votre-emploi-est-il-adapte-a = არის თუ არა თქვენი სამუშაო მორგებული თქვენს შეზღუდულ შესაძლებლობაზე?
tm-quelles-sont-les-difficultes-liees-a = რა სირთულეებია დაკავშირებული თქვენს შეზღუდულ შესაძლებლობასთან?
tm-accompagnement-pour-conserver-votre = მხარდაჭერა სამსახურის შესანარჩუნებლად:
tm-par-la-medecine-du-travail = შრომის მედიცინის სამსახურისგან
tm-par-le-service-d-appui-au = შეზღუდული შესაძლებლობის მქონე მუშაკების სამსახურში შენარჩუნების მხარდამჭერი სამსახურისგან (SAMETH)
tm-des-amenagements-ont-ete-realises-sur = თქვენი სამუშაო ადგილი მოირგო:
tm-etes-vous-actuellement-en-arret-de = ამჟამად ბიულეტენზე (ავადმყოფობის შვებულებაში) ხართ?
tm-vous-etes-actuellement-en-arret-de = ამჟამად არ მუშაობთ შემდეგი მიზეზით:
tm-arret-maladie-avec-indemnites = ავადმყოფობის შვებულება დღიური შემწეობით
tm-arret-maladie-sans-indemnites = ავადმყოფობის შვებულება დღიური შემწეობის გარეშე
tm-vous-etes-en-arret-suite-a = არ მუშაობთ სამსახურში უბედური შემთხვევის ან პროფესიული დაავადების გამო
tm-conge-maternite-conge-d-adoption-autre = დეკრეტული შვებულება/შვილად აყვანის შვებულება/სხვა
tm-avez-vous-rencontre-un-professionnel-du = შეხვდით თუ არა თქვენი საპენსიო ფონდის სოციალური სამსახურის სპეციალისტს?
tm-a-quelle-date = რა თარიღში?
tm-avez-vous-rencontre-le-medecin-du = იყავით თუ არა შრომის მედიცინის ექიმთან სამსახურში დაბრუნებამდე გასინჯვაზე?
tm-beneficiez-vous-d-une-ou-des = იღებთ თუ არა ერთ ან რამდენიმე შემდეგ შემწეობას?
tm-aides-de-l-association-de-gestion = შეზღუდული შესაძლებლობის მქონე პირთა დასაქმების ფონდის მმართველი ასოციაციის (AGEFIPH) დახმარება
tm-aides-du-fonds-pour-l-insertion = საჯარო სამსახურში შეზღუდული შესაძლებლობის მქონე პირთა დასაქმების ფონდის (FIPHFP) დახმარება
tm-beneficiez-vous-d-une-reconnaissance-de = აღიარებული გაქვთ შეზღუდული შესაძლებლობის მქონე მუშაკის სტატუსი (RQTH)?
tm-souhaitez-vous-saisir-vos-experiences = გსურთ სამუშაო გამოცდილების ფორმაში შეყვანა თუ რეზიუმეს (CV) დასკანერება?
tm-numeriser-le-cv-et-l-ajouter = რეზიუმეს (CV) დასკანერება და განაცხადზე დართვა მისი დასრულებისას
tm-saisir-mes-experiences-professionnelles = ჩემი სამუშაო გამოცდილების ამ ფორმაში შეყვანა
tm-precisez-vos-experiences = მიუთითეთ თქვენი სამუშაო გამოცდილება, სტაჟირებებისა და დასაქმების ორგანიზაციების ჩათვლით.
tm-votre-niveau-de-qualification = თქვენი კვალიფიკაციის დონე:
tm-primaire = დაწყებითი
tm-secondaire = საშუალო
tm-superieur = უმაღლესი
tm-derniere-classe-frequentee = ბოლო კლასი, რომელშიც სწავლობდით:
tm-avez-vous-suivi-une-des-formation = გაგივლიათ პროფესიული მომზადება?
tm-laquelle-lesquelles = რომელი/რომლები?
tm-precisez-votre-vos-dernier-s-diplome = მიუთითეთ თქვენი ბოლო მიღებული დიპლომ(ებ)ი:
tm-avez-vous-un-ou-plusieurs-projet = გაქვთ ერთი ან რამდენიმე პროფესიული გეგმა?
tm-pourquoi-avez-vous-besoin-de-soutien = რატომ გჭირდებათ მხარდაჭერა?
tm-faire-un-bilan-de-capacites = პროფესიული შესაძლებლობების შეფასება
tm-preciser-un-projet-professionnel = პროფესიული გეგმის დაზუსტება
tm-adapter-l-environnement-de-travail = სამუშაო გარემოს მორგება
tm-acceder-a-un-emploi = სამსახურის შოვნა
tm-acceder-a-une-formation = სწავლებაზე წვდომა
tm-autres-renseignements-concernant-votre = სხვა ინფორმაცია თქვენი სამუშაო ცხოვრების შესახებ, რომლის გაზიარებაც გსურთ
tm-vie-de-votre-aidant-familial = თქვენი მომვლელი ოჯახის წევრის ცხოვრება
tm-vous-pouvez-expliquer-l-aide-que = შეგიძლიათ ახსნათ, რა დახმარებას უწევს ამჟამად თქვენი მომვლელი შეზღუდული შესაძლებლობის მქონე პირს, და გამოხატოთ მისი მოლოდინები და საჭიროებები.
tm-comment-s-appelle-votre-aidant = რა ჰქვია თქვენს მომვლელს?
tm-nom-et-prenom = გვარი და სახელი
tm-quel-est-son-lien-avec-la = ვინ არის ის შეზღუდული შესაძლებლობის მქონე პირისთვის?
tm-vit-il-elle-avec-la-personne = ცხოვრობს თუ არა ის შეზღუდული შესაძლებლობის მქონე პირთან ერთად?
tm-est-il-elle-actuellement-en-emploi = ამჟამად მუშაობს?
tm-oui-avec-une-reduction-dactivite-liee = დიახ, შემცირებული სამუშაო დროით დახმარებული პირის მოვლის გამო
tm-quelle-est-la-nature-de-l = როგორ დახმარებას უწევს?
tm-surveillance-presence-responsable = მეთვალყურეობა / პასუხისმგებელი პირის ყოფნა
tm-aide-aux-deplacements-a-linterieur-du = დახმარება საცხოვრებელში გადაადგილებაში
tm-aide-aux-deplacements-a-lexterieur = დახმარება გარეთ გადაადგილებაში
tm-aide-pour-entretenir-le-logement-et = დახმარება საცხოვრებლისა და თეთრეულის მოვლაში
tm-aide-a-lhygiene-corporelle = დახმარება პირად ჰიგიენაში
tm-aide-a-la-preparation-des-repas = დახმარება საჭმლის მომზადებაში
tm-aide-a-la-prise-de-repas = დახმარება ჭამაში
tm-coordination-des-intervenants = ჩართული სპეციალისტების კოორდინაცია
tm-gestion-administrative-et-juridique = ადმინისტრაციული და იურიდიული საქმეები
tm-gestion-financiere = ფინანსური საქმეები
tm-stimulation-par-des-activites-loisirs = სტიმულირება აქტივობებით (დასვენება, გასეირნება და ა.შ.)
tm-aide-a-la-communication-et-aux = დახმარება კომუნიკაციასა და სოციალურ ურთიერთობებში
tm-aide-au-suivi-medical = დახმარება სამედიცინო მეთვალყურეობაში
tm-qui-participe-avec-lui-elle-a = ვინ მონაწილეობს მასთან ერთად დახმარებული პირის მხარდაჭერაში?
tm-un-des-professionnel-s = ერთი ან რამდენიმე სპეციალისტი
tm-un-ou-plusieurs-autre-s-proche = ერთი ან რამდენიმე სხვა ახლობელი
tm-il-elle-est-l-unique-aidante = ის განმცხადებლის ერთადერთი მომვლელია
tm-est-il-elle-soutenue-dans-sa = აქვს თუ არა მას მხარდაჭერა მომვლელის როლში?
tm-en-cas-d-empechement-a-t = თუ ვერ შეძლებს, აქვს თუ არა ვინმე, ვინც შეცვლის?
tm-laquelle = როგორი?
tm-il-elle-est-ou-sera-prochainement = ის ახლა ან მალე იქნება ერთ-ერთ შემდეგ სიტუაციაში:
tm-eloignement-geographique-demenagement = შორს ცხოვრება (საცხოვრებლის შეცვლა და ა.შ.)
tm-indisponibilite-prolongee-sejour-a = ხანგრძლივი არყოფნა (საზღვარგარეთ ყოფნა, ჰოსპიტალიზაცია და ა.შ.)
tm-changement-majeur-dans-la-situation = დიდი ცვლილება პირად ცხოვრებაში (დაშორება, მეუღლის გარდაცვალება, მოხუცთა სახლში გადასვლა და ა.შ.)
tm-probleme-de-sante = ჯანმრთელობის პრობლემა
tm-changement-majeur-dans-la-situation-2 = დიდი ცვლილება პროფესიულ მდგომარეობაში
tm-difficulte-a-assurer-l-accompagnement = ძნელია ახლანდელი მხარდაჭერის გაგრძელება (გადაღლა, ასაკი და ა.შ.)
tm-ses-attentes-en-tant-qu-aidant = მისი მოლოდინები, როგორც მომვლელი ოჯახის წევრის:
tm-pouvoir-se-reposer-au-quotidien = ყოველდღე დასვენების შესაძლებლობა
tm-pouvoir-se-faire-remplacer-en-cas = საჭიროების შემთხვევაში შემცვლელის ყოლა
tm-pouvoir-se-faire-remplacer-en-cas-2 = მოულოდნელ შემთხვევაში შემცვლელის ყოლა
tm-se-faire-remplacer-pour-partir-en = შემცვლელის ყოლა შაბათ-კვირას/შვებულებაში წასასვლელად
tm-reprendre-renforcer-maintenir-son = პროფესიული საქმიანობის განახლება/გაზრდა/შენარჩუნება
tm-reprendre-renforcer-maintenir-ses-liens = სოციალური კავშირების აღდგენა/გაძლიერება/შენარჩუნება
tm-obtenir-une-contre-partie-financiere = ფინანსური კომპენსაციის მიღება
tm-echanger-avec-dautres-aidants = სხვა მომვლელებთან ურთიერთობა
tm-echanger-avec-les-professionnels-qui = იმ სპეციალისტებთან ურთიერთობა, რომლებიც დახმარებულ ახლობელს მეთვალყურეობენ
tm-avoir-un-soutien-psychologique = ფსიქოლოგიური მხარდაჭერა
tm-etre-conseille-pour-mieux-faire-face = რჩევების მიღება, რომ ახლობლის შეზღუდულ შესაძლებლობას უკეთ გაუმკლავდეს
tm-etre-affilie-gratuitement-a-lassurance = ასაკობრივი (საპენსიო) დაზღვევაში უფასოდ ჩართვა
tm-a-t-il-elle-deja-identifie = უკვე იპოვა ერთი ან რამდენიმე დაწესებულება ან სამსახური, რომელიც მის მოლოდინებს დააკმაყოფილებს?
tm-vous-souhaitez-mieux-connaitre-les = გსურთ არსებული პროგრამებისა და დახმარებების უკეთ გაცნობა:
tm-pour-l-aidant = მომვლელისთვის
tm-pour-la-personne-aidee = დახმარებული პირისთვის
tm-autres-renseignements-que-vous = სხვა ინფორმაცია თქვენი მომვლელის ცხოვრების შესახებ, რომლის გაზიარებაც გსურთ
tm-documents-lies-a-votre-demande = თქვენი განაცხადის დოკუმენტები
tm-pour-nous-transmettre-les-documents = სავალდებულო და დამატებითი დამადასტურებელი დოკუმენტების გამოსაგზავნად
tm-certificat-medical = სამედიცინო ცნობა
tm-votre-certificat-medical-n-est-pas = თქვენი სამედიცინო ცნობა არ არის მოქმედი, გამოიყენეთ ერთ-ერთი მოცემული ნიმუში.
tm-un-certificat-medical-de-moins-de = 6 თვეზე ნაკლები ხნის სამედიცინო ცნობა, MDPH-ის განაცხადებისთვის განკუთვნილი ფორმით.
tm-justificatif-de-domicile = საცხოვრებელი მისამართის დამადასტურებელი დოკუმენტი
tm-une-photocopie-dun-justificatif-de = 3 თვეზე ნაკლები ხნის მისამართის დამადასტურებელი დოკუმენტის ასლი (ბავშვებისთვის დაურთეთ კანონიერი წარმომადგენლის მისამართის დოკუმენტი; სხვის სახლში მცხოვრებთათვის: მასპინძლის მისამართის დოკუმენტი და პატიოსნების სიტყვით დადასტურებული განცხადება).
tm-piece-d-identite = პირადობის დამადასტურებელი დოკუმენტი
tm-une-photocopie-recto-verso-dun = შეზღუდული შესაძლებლობის მქონე პირისა და, საჭიროების შემთხვევაში, მისი კანონიერი წარმომადგენლის პირადობის დამადასტურებელი დოკუმენტის ორმხრივი ასლი (მოქმედი პირადობის დოკუმენტი, მოქმედი ბინადრობის ნებართვა ან ნებისმიერი სხვა დოკუმენტი, რომელიც საფრანგეთში ყოფნის უფლებას იძლევა).
tm-acte-de-deces-acte-de-mariage = გარდაცვალების მოწმობა / ქორწინების მოწმობა
tm-carte-grise-vehicule-permis-de-conduire = ავტომობილის სარეგისტრაციო მოწმობა, მართვის მოწმობა
tm-carte-de-sejour = ბინადრობის ნებართვა
tm-avis-d-impot-sur-le-revenu = საშემოსავლო გადასახადის შეტყობინება
tm-releve-d-identite-bancaire-rib-iban = საბანკო რეკვიზიტები (RIB/IBAN)
tm-attestation-de-paiement-des-indemnites = დღიური შემწეობების გადახდის ცნობა (CAF, MSA, SS, Pôle Emploi....)
tm-bulletin-de-salaire = ხელფასის ფურცელი
tm-devis-facture-aide-technique = ტექნიკური დამხმარე საშუალების ხარჯთაღრიცხვა / ინვოისი
tm-audiogramme = აუდიოგრამა
tm-livret-de-famille = ოჯახის წიგნაკი (livret de famille)
tm-facture-cantine-restaurant-scolaire = სასადილოს ანგარიში (სკოლის სასადილო)
tm-facture-frais-d-obseques = დაკრძალვის ხარჯების ანგარიში
tm-justificatif-reduction-du-temps-de = სამუშაო დროის შემცირების დამადასტურებელი დოკუმენტი
tm-billets-de-train-fiche-taxi-frais = მატარებლის ბილეთები / ტაქსის ქვითარი (ტრანსპორტის ხარჯები დაწესებულებაში განთავსების გამო)
tm-jugement-de-tutelle-jugement = სასამართლოს გადაწყვეტილება მეურვეობაზე, შესწორების გადაწყვეტილება, მზრუნველობა (curatelle)
tm-justificatif-d-emancipation = ემანსიპაციის დამადასტურებელი დოკუმენტი
tm-jugement-de-delegation-d-autorite = სასამართლოს გადაწყვეტილება მშობლის უფლებების გადაცემაზე
tm-jugement-de-divorce = სასამართლოს გადაწყვეტილება განქორწინებაზე
tm-bilan-ophtalmologique-mdph = ოფთალმოლოგიური დასკვნა (MDPH)
tm-complement-medical-d-aide-a-l = სამედიცინო დანართი ფსიქიატრიული შეფასებისთვის
tm-bilan-psychologique-etc = ფსიქოლოგიური შეფასება და ა.შ.
tm-compte-rendu-d-examen-psychiatrique = ფსიქიატრიული გამოკვლევის დასკვნა, ფსიქიატრიული კითხვარი და ა.შ.
tm-bilan-orthophonique-psychomoteur = ლოგოპედის, ფსიქომოტორული თერაპევტის, ფიზიოთერაპევტის, ოსტეოპათის და სხვ. დასკვნა
tm-bilan-camsp-cmp-cmpp = CAMSP-ის, CMP-ის, CMPP-ის დასკვნა
tm-compte-rendu-d-evaluation-medicale = სამედიცინო შეფასების დასკვნა
tm-attestation-medicale = სამედიცინო ცნობა (attestation)
tm-fiche-de-liaison-medecine-du-travail = შრომის მედიცინის საკონტაქტო ფურცელი
tm-prescription-medicale-pour-amenagement-d = სამედიცინო დანიშნულება გამოცდების მოსარგებად
tm-bulletin-d-hospitalisation = ჰოსპიტალიზაციის ცნობა
tm-fiche-de-prescription-hors = არამედიკამენტური დანიშნულების ფურცელი
tm-gevasco = GEVASco
tm-pour-les-enfants-scolarises-les-attentes = სკოლაში მოსიარულე ბავშვებისთვის მოლოდინები აღწერილია დოკუმენტში, სახელად GEVASco. GEVASco არის მონაცემთა შეგროვების სახელმძღვანელო, რომელსაც ავსებთ დაწესებულების დირექტორთან (პირველი განაცხადი) ან პასუხისმგებელ მასწავლებელთან (ხელახალი განხილვა) ერთად. პასუხისმგებელი მასწავლებლის საკონტაქტო მონაცემები შეგიძლიათ სკოლის დირექტორს სთხოვოთ.
tm-bilan-de-l-equipe-de-suivi = სწავლის მეთვალყურეობის ჯგუფის (ESS) დასკვნა
tm-fiche-de-liaison-financement-du-materiel = საკონტაქტო ფურცელი მორგებული სასწავლო აღჭურვილობის დაფინანსებისთვის
tm-fiche-d-evaluation-de-l-autonomie = მოსწავლის დამოუკიდებლობის შეფასების ფურცელი (განათლების სამმართველოდან)
tm-protocoles-d-accompagnement-d-un-eleve = შეზღუდული შესაძლებლობის მქონე მოსწავლის AVSI-ს (სასკოლო ცხოვრების ინდივიდუალური დამხმარის) მიერ თანხლების ოქმები
tm-plan-individualise-d-accompagnement-pia = ინდივიდუალური მხარდაჭერის გეგმა (PIA)
tm-devoirs-particuliers-dyslexie = სპეციალური საშინაო დავალებები (დისლექსია, ლოგოპედია და ა.შ.)
tm-certificat-de-scolarite-releve-de-notes = ცნობა სწავლის შესახებ, ნიშნების ფურცელი და ა.შ.
tm-curriculum-vitae-cv = რეზიუმე (CV)
tm-courriers-orientation-professionnel = პროფესიული ორიენტაციის წერილები (UEROS, POPS, CAP EMPLOI...)
tm-bilans-afpa-esat-etc-bilans-appui = შეფასებები (AFPA, ESAT და ა.შ.), Appui Projet-ის, POPS-ის, Préo-ს, UEROS-ის შეფასებები და ა.შ.
tm-rapport-de-stage = სტაჟირების ანგარიში
tm-syntheses-etablissements-et-services-ems = დაწესებულებებისა და სამსახურების შემაჯამებელი ანგარიშები (EMS, SMS, SAVS, SAMSAH და ა.შ.)
tm-autre-document = სხვა დოკუმენტი

## mdph: account

tm-plus-qu-une-etape = დარჩა მხოლოდ ერთი ნაბიჯი
tm-cliquez-sur-le-lien-qui-vous = ანგარიშის გასააქტიურებლად დააწკაპუნეთ ბმულზე, რომელიც გამოგიგზავნეთ (შეამოწმეთ სპამის საქაღალდეც).
tm-votre-compte-a-bien-ete-valide = თქვენი ანგარიში დადასტურებულია.
tm-ce-lien-est-incorrect-ou-a = ეს ბმული არასწორია ან უკვე გამოყენებულია.
tm-email-envoye = წერილი გაიგზავნა
tm-cliquez-sur-le-lien-qui-vous-2 = პაროლის შესაცვლელად დააწკაპუნეთ ბმულზე, რომელიც ელფოსტით გამოგიგზავნეთ.
tm-si-vous-avez-oublie-votre-mot = თუ პაროლი დაგავიწყდათ, მიუთითეთ თქვენი ელფოსტის მისამართი და იქ ახალ პაროლს გამოგიგზავნით.
tm-veuillez-entrer-votre-email = შეიყვანეთ თქვენი ელფოსტა.
tm-l-adresse-email-n-est-pas = ელფოსტის მისამართი არასწორია.
tm-connectez-vous-pour-reprendre-votre = შედით სისტემაში, რომ პროცედურა გააგრძელოთ
tm-adresse-email = ელფოსტის მისამართი
tm-veuillez-entrer-une-adresse-email = შეიყვანეთ ელფოსტის მისამართი.
tm-cette-adresse-email-n-est-pas = ეს ელფოსტის მისამართი არასწორია.
tm-veuillez-entrer-un-mot-de-passe = შეიყვანეთ პაროლი.
tm-vous-n-avez-pas-de-compte = არ გაქვთ ანგარიში? დარეგისტრირდით
tm-une-erreur-est-survenue-lors-de-5 = გაგზავნისას შეცდომა მოხდა. შესაძლოა მოთხოვნილი ანგარიში უკვე გააქტიურებულია ან არ არსებობს.
tm-un-mail-de-confirmation-a-bien = დადასტურების წერილი ხელახლა გაიგზავნა თქვენს ელფოსტაზე
tm-nouveau-mot-de-passe = ახალი პაროლი
tm-vous-avez-indique-avoir-oublie-votre = მიუთითეთ, რომ პაროლი დაგავიწყდათ. აღადგინეთ ის ახალი პაროლის შეყვანით.
tm-inscrivez-vous-pour-commencer-votre = დარეგისტრირდით, რომ პროცედურა დაიწყოთ
tm-veuillez-entrer-votre-adresse-e-mail = შეიყვანეთ თქვენი ელფოსტის მისამართი.
tm-cet-email-n-est-pas-valide = ეს ელფოსტა არასწორია.
tm-adresse-email-de-secours = სარეზერვო ელფოსტის მისამართი
tm-veuillez-entrer-votre-adresse-e-mail-2 = შეიყვანეთ თქვენი სარეზერვო ელფოსტის მისამართი.
tm-erreur-dans-le-formulaire-merci-de = ფორმაში შეცდომაა, განაახლეთ გვერდი.
tm-contact = კონტაქტი
tm-veuillez-entrer-votre-numero-de-contact = შეიყვანეთ თქვენი საკონტაქტო ნომერი.
tm-vous-avez-deja-un-compte-connectez = უკვე გაქვთ ანგარიში? შედით სისტემაში

## mdph: apropos

tm-en-quelques-mots = მოკლედ
tm-plus-dun-tiers-des-personnes-handicapees = შეზღუდული შესაძლებლობის მქონე პირთა მესამედზე მეტი რთულად მიიჩნევს მათ შეზღუდულ შესაძლებლობასთან დაკავშირებულ ადმინისტრაციულ პროცედურებს. განაცხადების განხილვა ხშირად კანონით დადგენილ ოთხ თვეზე მეტხანს გრძელდება.
tm-un-traitement-informatise-de-bout-en = სრულად კომპიუტერიზებული დამუშავება თავიდან ბოლომდე
tm-une-communication-en-continu = მუდმივი კავშირი
tm-pour-les-utilisateurs = მომხმარებლებისთვის
tm-un-espace-personnel = პირადი სივრცე
tm-un-questionnaire-dynamique = დინამიკური კითხვარი
tm-un-accompagnement-des-la-saisie-de = მხარდაჭერა განაცხადის შევსებიდანვე
tm-un-suivit-en-temps-reel = რეალურ დროში თვალყურის დევნება
tm-une-presence-sur-le-web = ინტერნეტში ყოფნა
tm-une-appropriation-de-votre-espace = თქვენი სივრცის საკუთარ თავზე მორგება

## mdph: demande

tm-veuillez-confirmer-la-demande-de = დაადასტურეთ განაცხადი { $name }-ისთვის
tm-une-fois-la-demande-validee-vous = განაცხადის დადასტურების შემდეგ დოკუმენტების გარდა ვერაფერს შეცვლით, და ამასაც მხოლოდ MDPH-ის თხოვნით. ქვემოთ იხილავთ თქვენი განაცხადის შეჯამებას:
tm-recapitulatif-de-votre-demande = თქვენი განაცხადის შეჯამება
tm-documents = დოკუმენტები:
tm-en-validant-je-certifie-que-les = დადასტურებით ვადასტურებ, რომ ზემოთ მოცემული ინფორმაცია სწორია.
tm-la-mdph-n-accepte-pas-les = MDPH { $name } ამ ონლაინ სერვისიდან განაცხადებს არ იღებს, ამიტომ ამ ონლაინ სერვისით მისთვის განაცხადის გაგზავნა შეუძლებელია.
tm-demande-n = განაცხადი № { $shortId }
tm-votre-mdph-vous-demande-de-corriger = თქვენი MDPH გთხოვთ, შეასწოროთ განაცხადზე დართული დოკუმენტები
tm-pour-tout-autre-modification-veuillez = ნებისმიერი სხვა ცვლილებისთვის დაუკავშირდით პირდაპირ თქვენს MDPH-ს (საკონტაქტო მონაცემები გვერდის ბოლოშია)
tm-telecharger = ჩამოტვირთვა
tm-votre-demande-est-en-cours-de = თქვენს განაცხადს თქვენი MDPH ამოწმებს
tm-informations-obligatoires = სავალდებულო ინფორმაცია
tm-informations-complementaires = დამატებითი ინფორმაცია
tm-decrivez-votre-situation-vos-besoins-vos = აღწერეთ თქვენი მდგომარეობა, საჭიროებები, გეგმები და მოლოდინები.
tm-demande = განაცხადი / { $label }
tm-demande-documents = განაცხადი / დოკუმენტები
tm-en-cours = { $name } - მიმდინარეობს... { $progress }%
tm-ajouter-un-document = დოკუმენტის დამატება
tm-autres-types-de-documents = დოკუმენტების სხვა ტიპები
tm-retourner-a-la-demande = განაცხადზე დაბრუნება
tm-choix-du-type-de-document = დოკუმენტის ტიპის არჩევა
tm-recherche = ძიება
tm-suggestions-de-documents-a-fournir = წარსადგენად რეკომენდებული დოკუმენტები
tm-demande-identite-de-l-autorite-parentale = განაცხადი / მშობლის უფლებების მქონე პირის მონაცემები
tm-demande-identite-de-la-personne-vous = განაცხადი / იმ პირის მონაცემები, ვინც ამ პროცედურაში გეხმარებათ
tm-la-personne-vous-aidant-dans-votre = პირი, ვინც პროცედურაში გეხმარებათ, არის
tm-un-proche = ახლობელი
tm-une-association = ასოციაცია
tm-nom-ou-intitule = სახელი (ან სახელწოდება)
tm-la-longueur-minimale-du-nom-est = სახელი უნდა შეიცავდეს მინიმუმ 1 სიმბოლოს.
tm-recherche-adresse = მისამართის ძიება
tm-localite = დასახლებული პუნქტი
tm-telephone-1 = ტელეფონი 1
tm-telephone-2 = ტელეფონი 2
tm-demande-identite-du-beneficiaire = განაცხადი / ბენეფიციარის მონაცემები
tm-nom-d-epouxse-ou-nom-d = მეუღლის გვარი ან გამოყენებული გვარი
tm-homme = მამაკაცი
tm-femme = ქალი
tm-espace-economique-europeen-ou-suisse = ევროპის ეკონომიკური ზონა ან შვეიცარია
tm-date-de-naissance-au-format-jour = დაბადების თარიღი ფორმატით დღე/თვე/წელი
tm-veuillez-utiliser-le-format-jj-mm = გამოიყენეთ ფორმატი დდ/თთ/წწწწ. მაგალითად: 14/09/1989.
tm-commune-de-naissance = დაბადების მუნიციპალიტეტი (commune)
tm-pays-en-cas-de-naissance-a = ქვეყანა (თუ საზღვარგარეთ დაიბადეთ)
tm-l-adresse-email-saisie-est-incorrecte = შეყვანილი ელფოსტის მისამართი არასწორია.
tm-si-vous-avez-elu-domicile-aupres = თუ თქვენი საფოსტო მისამართი ორგანიზაციაშია (ასოციაცია, თავშესაფარი ან სოციალური დახმარების ცენტრი), მიუთითეთ, რომელში
tm-organisme-payeur-de-prestations = ოჯახური შემწეობების / RSA-ის გამცემი ორგანიზაცია
tm-organisme-d-assurance-maladie = ჯანმრთელობის დაზღვევის ორგანიზაცია
tm-votre-numero-de-securite-sociale = თქვენი სოციალური დაზღვევის ნომერი
tm-ce-numero-de-securite-sociale-est = სოციალური დაზღვევის ეს ნომერი არასწორია.
tm-ce-champ-est-incomplet = ეს ველი ბოლომდე არ არის შევსებული.
tm-si-cest-votre-enfant-qui-est = თუ განაცხადი თქვენს შვილს ეხება, მიუთითეთ მისი სოციალური დაზღვევის ნომერი
tm-etes-vous-aide-e-dans-vos = გეხმარებათ ვინმე MDPH-ში პროცედურებში?
tm-beneficiez-vous-dune-mesure-de = მოქმედებს თუ არა თქვენ მიმართ სამართლებრივი დაცვის ღონისძიება?
tm-demande-identite-du-representant-legal = განაცხადი / კანონიერი წარმომადგენლის მონაცემები
tm-demande-prestations = განაცხადი / შემწეობები
tm-demandes-relatives-a-la-vie-quotidienne = მოთხოვნები ყოველდღიურ ცხოვრებასთან დაკავშირებით
tm-carte-mobilite-inclusion = Carte mobilité inclusion (მობილობის ბარათი შეზღუდული შესაძლებლობის მქონე პირებისთვის)
tm-allocation-compensatrice-ac = Allocation Compensatrice (AC, საკომპენსაციო შემწეობა)
tm-demandes-relatives-a-la-vie-scolaire = მოთხოვნები სასკოლო ცხოვრებასთან დაკავშირებით
tm-demandes-relatives-au-travail-a-lemploi = მოთხოვნები მუშაობასთან, დასაქმებასთან და პროფესიულ მომზადებასთან დაკავშირებით
tm-orientation-professionnelle = პროფესიული ორიენტაცია
tm-le-dispositif-emploi-accompagne-propose = „თანხლებით დასაქმების პროგრამა შეზღუდული შესაძლებლობის მქონე მუშაკს და მის დამსაქმებელს სთავაზობს სამედიცინო-სოციალურ მხარდაჭერას და დასაქმებაში დახმარებას. ამ პროგრამით სარგებლობა შეუძლიათ შეზღუდული შესაძლებლობის მქონე მუშაკებს:
tm-ayant-un-projet-dinsertion-en-milieu = რომლებიც გეგმავენ ჩვეულებრივ სამუშაო გარემოში დასაქმებას,
tm-accueillis-dans-un-etablissement-ou = რომლებიც შრომით დახმარების დაწესებულებაში ან სამსახურში (ESAT) არიან და გეგმავენ ჩვეულებრივ სამუშაო გარემოში დასაქმებას,
tm-deja-en-emploi-en-milieu-ordinaire = რომლებიც უკვე მუშაობენ ჩვეულებრივ სამუშაო გარემოში და განსაკუთრებული სირთულეები აქვთ სამსახურის შენარჩუნებაში.“
tm-demande-confirmer-votre-compte-mail = განაცხადი / დაადასტურეთ თქვენი ელფოსტის ანგარიში
tm-vous-n-avez-pas-encore-confirme = ანგარიში ჯერ არ დაგიდასტურებიათ. ამის გაკეთება შეგიძლიათ გააქტიურების ბმულის გახსნით, რომელიც ელფოსტით გამოგიგზავნეთ.
tm-en-cas-de-difficultes-vous-pouvez = სირთულის შემთხვევაში მოგვწერეთ მისამართზე contact.mdphenligne@cnsa.fr
tm-cliquez-ici-pour-renvoyer-un-mail = დააწკაპუნეთ აქ, რომ დადასტურების წერილი ხელახლა გამოგიგზავნოთ
tm-retourner-au-profil = პროფილზე დაბრუნება

## mdph: layout

tm-connexion = შესვლა

## mdph: main

tm-trouvez-le-service-en-ligne-de = იპოვეთ თქვენი MDPH-ის ონლაინ სერვისი
tm-votre-demande-en-ligne-a-la = თქვენი ონლაინ განაცხადი MDPH-ში
tm-la-mdph-c-est-la-maison = MDPH არის Maison Départementale pour les Personnes Handicapées (შეზღუდული შესაძლებლობის მქონე პირთა დეპარტამენტის სახლი). მას შეუძლია უპასუხოს თქვენს შეზღუდულ შესაძლებლობასთან დაკავშირებულ საჭიროებებს.
tm-ce-service-vous-permet-de-saisir = ეს სერვისი საშუალებას გაძლევთ, შეავსოთ განაცხადი და გაუგზავნოთ თქვენს MDPH-ს, რომ თქვენი საქმე განიხილოს.
tm-il-vous-permet-de-solliciter-la = ის საშუალებას გაძლევთ, მიმართოთ MDPH-ს როგორც ბენეფიციარმა ან ბენეფიციარის კანონიერმა წარმომადგენელმა.
tm-en-fonction-de-votre-situation-vous = თქვენი მდგომარეობიდან გამომდინარე, შესაძლოა გქონდეთ შემდეგი უფლებები

## mdph: mdph

tm-votre-mdph = თქვენი MDPH: { $name }
tm-gerez-vos-demandes-en-ligne = მართეთ თქვენი განაცხადები ონლაინ
tm-mdph = MDPH { $name }
tm-votre-mdph-n-utilise-pas-ce = თქვენი MDPH ამ ონლაინ განაცხადების სერვისს არ იყენებს
tm-continuer-sur-service-public-fr = გაგრძელება service-public.fr-ზე
tm-continuer-sur = გაგრძელება { $label }-ზე

## mdph: medecin

tm-votre-e-mail = თქვენი ელფოსტა
tm-ex-email-domaine-fr = მაგ.: email@domaine.fr
tm-l-adresse-email-est-obligatoire = ელფოსტის მისამართი სავალდებულოა.
tm-modeles-de-certificats = ცნობების ნიმუშები

## mdph: mon_compte

tm-en-attente-de-validation = ელოდება დადასტურებას
tm-si-vous-n-avez-pas-recu = თუ ეს წერილი არ მიგიღიათ, დააწკაპუნეთ აქ, რომ ხელახლა გამოგიგზავნოთ.
tm-modifier-mon-mot-de-passe = პაროლის შეცვლა
tm-veuillez-entrer-votre-mot-de-passe = შეიყვანეთ თქვენი წინა პაროლი.

## mdph: partenaire

tm-nous-vous-avons-envoye-un-mail = ელფოსტის მისამართის დასადასტურებლად წერილი გამოგიგზავნეთ.
tm-type = ტიპი
tm-document-ajoute = დოკუმენტი დაემატა
tm-choisir-le-fichier = ფაილის არჩევა
tm-veuillez-selectionner-un-fichier = აირჩიეთ ფაილი
tm-ajouter-ce-fichier = ამ ფაილის დამატება

## mdph: profil

tm-profil-identite-du-representant-legal = პროფილი / კანონიერი წარმომადგენლის მონაცემები
tm-profil-prestations = პროფილი / შემწეობები
tm-supprimer-ce-profil = ამ პროფილის წაშლა

## mdph: suivi

tm-cookies-deposes-et-opt-out = შენახული ქუქი-ფაილები და უარის თქმა (opt-out)
tm-ce-site-depose-un-petit-fichier = ეს საიტი თქვენს კომპიუტერზე ინახავს პატარა ტექსტურ ფაილს („ქუქი-ფაილს“), როცა მას სტუმრობთ. ეს გვეხმარება ვიზიტების დათვლაში და იმის გაგებაში, რომელ გვერდებს ნახულობენ ყველაზე ხშირად.
tm-ce-site-naffiche-pas-de-banniere = რატომ არ აჩვენებს ეს საიტი ქუქი-ფაილებზე თანხმობის ბანერს?
tm-je-contribue-a-enrichir-vos-donnees = მე ვეხმარები თქვენი მონაცემების გამდიდრებას — შემიძლია მათზე წვდომა?
tm-bien-sur-les-statistiques-dusage-de = რა თქმა უნდა! ჩვენი პროდუქტების უმეტესობის, მათ შორის https://mdphenligne.cnsa.fr/-ის, გამოყენების სტატისტიკა თავისუფლად ხელმისაწვდომია stats.data.gouv.fr-ზე.

## mdph: autorite-form

tm-parent = მშობელი { $n }
tm-exerce-l-autorite-parentale = ახორციელებს მშობლის უფლებებს
tm-meme-adresse-que-le-beneficiaire = იგივე მისამართი, რაც ბენეფიციარს აქვს

## mdph: detail

tm-en-cochant-cette-case-vous-certifiez = ამ უჯრის მონიშვნით ადასტურებთ, რომ გაქვთ { $name }-ის თანხმობა მისი სახელით განაცხადის წარსადგენად
tm-precisez-le-domicile = დააზუსტეთ, ვისთან ცხოვრობთ
tm-de-vos-parents-ou-l-un = მშობლებთან (ან ერთ-ერთთან)
tm-de-vos-enfants-ou-l-un = შვილებთან (ან ერთ-ერთთან)
tm-d-un-e-ami-e = მეგობართან
tm-d-un-autre-membre-de-votre = ოჯახის სხვა წევრთან
tm-d-une-famille-d-accueil = მიმღებ ოჯახში
tm-et-vous-etes = და თქვენ ხართ
tm-de-categorie = კატეგორიის
tm-son-prenom = მისი სახელი
tm-montant = თანხა
tm-montant-invalide = თანხა არასწორია
tm-veuillez-saisir-un-nombre-entre-0 = შეიყვანეთ რიცხვი 0-დან 100-მდე.

## mdph: display-file

tm-pas-de-documents = დოკუმენტები არ არის
tm-raison-du-refus = უარის მიზეზი:
tm-supprimez = წაშალეთ
tm-suppression-d-un-document = დოკუმენტის წაშლა

## mdph: footer

tm-contactez-votre-mdph = დაუკავშირდით თქვენს MDPH-ს

## mdph: help

tm-precisez-vos-besoins-de-compensation = დააზუსტეთ თქვენი შეზღუდული შესაძლებლობის კომპენსაციის საჭიროებები
tm-plusieurs-reponses-sont-possibles = შეიძლება რამდენიმე პასუხის არჩევა
tm-adaptez-vos-reponses-a-votre-age = პასუხები თქვენს ასაკს მოარგეთ.
tm-le-besoin-daide-correspond-a-une = დახმარების საჭიროება ნიშნავს ადამიანის პირდაპირ დახმარებას, ან საჭიროებას, რომ სიტყვიერად გაგამხნევონ, მიგითითონ, გიბიძგონ, ან მატერიალურ თუ ფინანსურ დახმარებას.
tm-ce-document-correspond-a-lexpression-de = ამ დოკუმენტში აღწერთ საჭიროებებს, რომლებსაც თავად გრძნობთ. შემდეგ MDPH-ის გუნდი დეტალურ შეფასებას ჩაატარებს და საჭიროების შემთხვევაში შეგხვდებათ.

## mdph: liste-prestations

tm-allocation-aux-adultes-handicapes-aah-et = Allocation aux adultes handicapés (AAH, შემწეობა შეზღუდული შესაძლებლობის მქონე ზრდასრულებისთვის) და მისი დანამატი
tm-carte-d-invalidite-de-priorite-de = შეზღუდული შესაძლებლობის / უპირატესობის / პარკირების ბარათი
tm-orientation-vers-un-etablissement-ou = მიმართვა სამედიცინო-სოციალურ დაწესებულებაში ან სამსახურში (ESMS)
tm-renouvellement-d-allocation = საკომპენსაციო შემწეობის განახლება (ACTP ან ACFP)
tm-projet-personnalise-de-scolarisation = სწავლების პერსონალური გეგმა – სასწავლო გზა და დახმარება სწავლაში
tm-orientation-professionnelle-et-ou = პროფესიული ორიენტაცია და/ან პროფესიული მომზადება
tm-reconnaissance-de-la-qualite-de = შეზღუდული შესაძლებლობის მქონე მუშაკის სტატუსის აღიარება (RQTH)
tm-affiliation-gratuite-a-l-assurance = შინ ბავშვის მომვლელი მშობლების უფასო ჩართვა ასაკობრივ დაზღვევაში (AVPF)

## mdph: mdph-input

tm-autre-departement-indiquez-votre-numero = სხვა დეპარტამენტი: მიუთითეთ მისი ნომერი (მაგალითად 01 ან 75)

## mdph: menu-dashboard

tm-mes-demandes = ჩემი განაცხადები
tm-documents-associes = დართული დოკუმენტები

## mdph: nav-steps

tm-question-precedente = წინა კითხვა

## mdph: password-field

tm-votre-mot-de-passe-est-d = თქვენი პაროლი ზედმეტად სუსტია.
tm-veuillez-saisir-8-caracteres = შეიყვანეთ 8 სიმბოლო.
tm-presenter-trois-des-quatre-categories-de = შეიცავდეს ოთხიდან სამ ტიპის სიმბოლოს: დიდი ასო, პატარა ასო, ციფრი და/ან სპეციალური სიმბოლოები.
tm-ce-jeton-de-modification-a-deja = ეს ცვლილების კოდი უკვე გამოყენებულია პაროლის აღსადგენად. გააკეთეთ აღდგენის ახალი მოთხოვნა.

## mdph: password-rules-alert

tm-comprendre-huit-caracteres = შეიცავდეს რვა სიმბოლოს,
tm-etre-d-une-robustesse-moyenne = იყოს საშუალო სიძლიერის.
tm-afin-de-garantir-au-mieux-l = მონაცემთა მთლიანობის საუკეთესოდ დასაცავად პაროლი მინიმუმ უნდა:

## mdph: prestations

tm-precisez-eventuellement-votre-demande = სურვილისამებრ დააზუსტეთ თქვენი მოთხოვნა

## mdph: question

tm-veuillez-selectionner-une-des-options-ou = აირჩიეთ ერთ-ერთი ვარიანტი ან დააზუსტეთ პასუხი
tm-intitule-du-poste = თანამდებობის სახელწოდება
tm-employeur = დამსაქმებელი
tm-entreprise = საწარმო
tm-type-de-contrat = ხელშეკრულების ტიპი
tm-date-de-debut-au-format-jour = დაწყების თარიღი ფორმატით დღე/თვე/წელი
tm-motif-de-fin-d-activite = სამუშაოს დასრულების მიზეზი
tm-motif = მიზეზი
tm-valider-l-experience = გამოცდილების დადასტურება
tm-ajouter-une-experience = გამოცდილების დამატება
tm-annee-d-obtention = მიღების წელი
tm-domaine = სფერო
tm-intitule-du-diplome = დიპლომის სახელწოდება
tm-domaine-d-etude = სწავლის სფერო
tm-retirer-le-dernier-diplome = ბოლო დიპლომის ამოღება
tm-ajouter-un-diplome = დიპლომის დამატება
tm-matin = დილა
tm-midi = შუადღე
tm-soiree-nuit = საღამო/ღამე
tm-nom-de-l-etablissement = დაწესებულების სახელწოდება
tm-rue = ქუჩა
tm-ex-college-jules-ferry = მაგ.: collège Jules Ferry
tm-ex-1-rue-de-l-eglise = მაგ.: 1, rue de l'église
tm-ex-paris = მაგ.: Paris
tm-supprimer-le-dernier-etablissement = ბოლო დაწესებულების წაშლა
tm-ajouter-un-etablissement = დაწესებულების დამატება
tm-frais-engages = გაწეული ხარჯები
tm-montant-total-frequence = ჯამური თანხა / სიხშირე
tm-montant-rembourse = ანაზღაურებული თანხა
tm-libelle-des-frais = ხარჯების აღწერა
tm-par-jour = დღეში
tm-par-semaine = კვირაში
tm-par-mois = თვეში
tm-par-an = წელიწადში
tm-supprimer-le-dernier-frais = ბოლო ხარჯის წაშლა
tm-ajouter-des-frais-ponctuels = ერთჯერადი ხარჯების დამატება
tm-ajouter-des-frais-recurrents = რეგულარული ხარჯების დამატება
tm-derniere-reponse-enregistree-le = ბოლო პასუხი, შენახული { $updatedAt }: { $previousModel }
tm-nom-de-la-structure = ორგანიზაციის სახელწოდება
tm-etes-vous-deja-en-contact = უკვე კავშირში ხართ?
tm-supprimer-la-derniere-structure = ბოლო ორგანიზაციის წაშლა
tm-ajouter-une-structure = ორგანიზაციის დამატება

## mdph: representant-form

tm-type-de-mesure-de-protection = დაცვის ღონისძიების ტიპი
tm-tutelle = მეურვეობა
tm-curatelle = მზრუნველობა (curatelle)
tm-curatelle-renforcee = გაძლიერებული მზრუნველობა (curatelle renforcée)
tm-habilitation-familiale = ოჯახური უფლებამოსილება (habilitation familiale)

## aidants: layouts

tm-page-d-accueil = მთავარი გვერდი

## aidants: 400.html

tm-il-y-a-eu-un-souci = მონაცემთა გაცვლისას ტექნიკური პრობლემა წარმოიქმნა.
tm-la-syntaxe-de-la-requete-est = მოთხოვნის სინტაქსი არასწორია. შეგიძლიათ სცადოთ ხელახლა ან დაგვიკავშირდეთ, თუ პრობლემა გაგრძელდა.

## aidants: 403.html

tm-vous-n-avez-pas-la-permission = არ გაქვთ ამ გვერდის გახსნის ნებართვა.
tm-si-vous-pensez-qu-il-s = თუ ფიქრობთ, რომ ეს შეცდომაა, შეგიძლიათ გადახვიდეთ ჩვენს მთავარ გვერდზე ან დაგვიკავშირდეთ დახმარებისთვის.

## aidants: 404.html

tm-la-page-que-vous-cherchez-est = გვერდი, რომელსაც ეძებთ, ვერ მოიძებნა. ბოდიშს გიხდით უხერხულობისთვის.
tm-si-vous-avez-tape-l-adresse = თუ ვებმისამართი ბრაუზერში თავად აკრიფეთ, შეამოწმეთ, სწორია თუ არა. შესაძლოა გვერდი აღარ არსებობს. ამ შემთხვევაში გასაგრძელებლად შეგიძლიათ გადახვიდეთ ჩვენს მთავარ გვერდზე. თუ არა, დაგვიკავშირდით და სწორ ინფორმაციას მოგაწვდით.

## aidants: 408.html

tm-le-temps-imparti-a-la-connexion = FranceConnect-ით შესვლისთვის გამოყოფილი დრო ამოიწურა.
tm-vous-pouvez-reessayer-la-connexion = შეგიძლიათ ხელახლა სცადოთ შესვლა მთავარი გვერდიდან. თუ პრობლემა გაგრძელდა, დაგვიკავშირდით.

## aidants: 500.html

tm-desole-le-service-rencontre-un-probleme = ბოდიში, სერვისს პრობლემა აქვს; ვმუშაობთ, რომ რაც შეიძლება სწრაფად მოვაგვაროთ.
tm-essayez-de-rafraichir-la-page-ou = სცადეთ გვერდის განახლება ან სცადეთ მოგვიანებით.
tm-si-vous-avez-besoin-d-une = თუ დაუყოვნებლივ გჭირდებათ დახმარება, დაგვიკავშირდით პირდაპირ.

## aidants: aidants_connect_web

tm-imprimer-le-mandat = მინდობილობის დაბეჭდვა
tm-mandat-final = საბოლოო მინდობილობა
tm-attention-ceci-est-un-projet-de = ყურადღება! ეს მინდობილობის პროექტია. მას არანაირი იურიდიული ძალა არ აქვს.
tm-le-mandat-a-ete-cree-avec = მინდობილობა წარმატებით შეიქმნა. დაბეჭდეთ ის, რომ მარწმუნებელმა ხელი მოაწეროს.
tm-pour-imprimer-selectionnez-dans-le-menu = 🖨 დასაბეჭდად ბრაუზერის მენიუში აირჩიეთ „Fichier“ (ფაილი), შემდეგ „Imprimer“ (ბეჭდვა).
tm-projet-de-mandat-traduit = მინდობილობის ნათარგმნი პროექტი
tm-vous-trouverez-ci-dessous-un-mandat = ქვემოთ მოცემულია მინდობილობის ნიმუში, რომელიც რამდენიმე ენაზეა ნათარგმნი. თარგმანები მხოლოდ იმისთვისაა, რომ მომხმარებელს აუხსნას, რა არის მინდობილობა და რას გულისხმობს. ამ თარგმანებს არანაირი იურიდიული ძალა არ აქვს. იურიდიული ძალა მხოლოდ ფრანგულ საბოლოო მინდობილობას აქვს.
tm-vous-pouvez-imprimer-ce-mandat-type = ამ მინდობილობის ნიმუშის დაბეჭდვა შეგიძლიათ ქვემოთ მოცემულ ღილაკზე დაწკაპუნებით. გახსოვდეთ, რომ ამ მინდობილობას არანაირი იურიდიული ძალა არ აქვს. ის ნათარგმნია მხოლოდ მომხმარებლის ინფორმაციისთვის.
tm-version-francaise = ფრანგული ვერსია
tm-traduire-le-mandat-en = მინდობილობის თარგმნა ენაზე:
tm-mandat-pour-realiser-des-demarches-en = მინდობილობა ონლაინ პროცედურების შესასრულებლად „Aidants Connect“ სერვისით
tm-attention-nous-vous-rappelons-que-ce = გახსოვდეთ, რომ ამ მინდობილობას არანაირი იურიდიული ძალა არ აქვს. ის ნათარგმნია მხოლოდ მომხმარებლის ინფორმაციისთვის.
tm-version-francaise-et-traductions = ფრანგული ვერსია და თარგმანები
tm-revocation-d-une-autorisation-via-le = ნებართვის გაუქმება „Aidants Connect“ სერვისით
tm-je-soussigne-e-souhaite-revoquer-l = მე, ქვემორე ხელმომწერი { $get_full_name }, ვითხოვ ნებართვის „{ $authorization }“ გაუქმებას, რომელიც შეიქმნა { $creation_date } { $organisation }-სთან.
tm-fait-a-le = შედგენილია: { $display_address }, { $date }
tm-le-mandant = მარწმუნებელი
tm-lautorisation-a-ete-revoquee-avec-succes = ნებართვა წარმატებით გაუქმდა. დაბეჭდეთ ის, რომ მარწმუნებელმა ხელი მოაწეროს.
tm-l-autorisation-a-ete-revoquee-avec = ნებართვა წარმატებით გაუქმდა!
tm-rappel-de-l-autorisation-revoquee = გაუქმებული ნებართვის შეჯამება
tm-thematique-administrative = ადმინისტრაციული თემა
tm-date-de-l-autorisation = ნებართვის თარიღი
tm-expiration-de-l-autorisation = ნებართვის ვადის გასვლა
tm-imprimer-l-attestation-de-revocation = გაუქმების ცნობის დაბეჭდვა
tm-confirmer-la-revocation-de-l = ნებართვის გაუქმების დადასტურება
tm-merci-de-verifier-les-informations-ci = ნებართვის გაუქმების დადასტურებამდე შეამოწმეთ ქვემოთ მოცემული ინფორმაცია
tm-rappel-de-l-autorisation-en-cours = გაუქმების პროცესში მყოფი ნებართვის შეჯამება
tm-thematique-administrative-associee = დაკავშირებული ადმინისტრაციული თემა
tm-souhaitez-vous-confirmer-la-revocation = გსურთ ამ ნებართვის გაუქმების დადასტურება?
tm-revoquer-l-autorisation = ნებართვის გაუქმება
tm-confirmation-de-revocation = გაუქმების დადასტურება
tm-merci-de-verifier-les-informations-ci-2 = მინდობილობის გაუქმების დადასტურებამდე შეამოწმეთ ქვემოთ მოცემული ინფორმაცია
tm-rappel-du-mandat-en-cours-de = გაუქმების პროცესში მყოფი მინდობილობის შეჯამება
tm-date-du-mandat = მინდობილობის თარიღი
tm-expiration-du-mandat = მინდობილობის ვადის გასვლა
tm-souhaitez-vous-confirmer-la-revocation-2 = გსურთ ამ მინდობილობის გაუქმების დადასტურება?
tm-revoquer-le-mandat = მინდობილობის გაუქმება
tm-revocation-d-un-mandat-via-le = მინდობილობის გაუქმება Aidants Connect სერვისით
tm-je-soussigne-e-souhaite-revoquer-le = მე, ქვემორე ხელმომწერი { $usager_name }, ვითხოვ „Aidants Connect“ მინდობილობის გაუქმებას, რომელიც შეიქმნა { $creation_date } { $organisation }-სთან.
tm-le-mandat-a-ete-revoque-avec = მინდობილობა წარმატებით გაუქმდა. დაბეჭდეთ ის, რომ მარწმუნებელმა ხელი მოაწეროს.
tm-le-mandat-a-ete-revoque-avec-2 = მინდობილობა წარმატებით გაუქმდა!
tm-rappel-du-mandat-revoque = გაუქმებული მინდობილობის შეჯამება
tm-mandat-pour-realiser-des-demarches = მინდობილობა მომხმარებლის სახელით ონლაინ ადმინისტრაციული პროცედურების შესასრულებლად „Aidants Connect“ სერვისით, 2020 წლის 23 მარტის კანონის მე-4 მუხლით გამოცხადებული სანიტარიული საგანგებო მდგომარეობის დროს.
tm-je-soussigne-e-autorise-dont-seuls = მე, ქვემორე ხელმომწერი { $get_full_name }, ვაძლევ უფლებას { $organisation }-ს, რომლის მხოლოდ უფლებამოსილ თანამშრომლებს შეუძლიათ ჩემ ნაცვლად მოქმედება, სამოქალაქო კოდექსის 1984-ე და მომდევნო მუხლების შესაბამისად ჩემი სახელით შეასრულოს შემდეგი ონლაინ ადმინისტრაციული პროცედურები, მიუხედავად იმისა, ხელმისაწვდომია თუ არა ისინი FranceConnect-ით:
tm-autorise-a-utiliser-ses-donnees-a = { $usager } ნებას რთავს { $name }-ს, გამოიყენოს მისი პერსონალური მონაცემები მხოლოდ ამ მინდობილობის შესასრულებლად.
tm-l-aidant-habilite-de-a-rappele = { $name }-ის უფლებამოსილმა დამხმარემ { $usager }-ს შეახსენა დახმარების მიზანი, რატომ გროვდება მისი ინფორმაცია და რისთვის გამოიყენება; რომ მას აქვს უფლებები თავის მონაცემებზე (წვდომა, შესწორება, წაშლა და ა.შ.) და რომ მარწმუნებელს ნებისმიერ დროს შეუძლია თანხმობის გაწვევა.
tm-a-cette-fin = ამ მიზნით:
tm-ne-collecter-et-conserver-que-les = შეაგროვოს და შეინახოს მხოლოდ ის ინფორმაცია, რომელიც აუცილებელია ჩამოთვლილი პროცედურებისთვის,
tm-nutiliser-les-informations-fournies-que = გამოიყენოს მიწოდებული ინფორმაცია მხოლოდ ჩამოთვლილი პროცედურებისთვის. სხვა პროცედურების შესასრულებლად ჯერ უნდა აცნობოს მომხმარებელს და მიიღოს მისი თანხმობა;
tm-ne-collecter-et-conserver-que-les-2 = შეაგროვოს და შეინახოს მხოლოდ ის ინფორმაცია, რომელიც აუცილებელია ჩამოთვლილი პროცედურების სფეროებისთვის;
tm-nutiliser-les-informations-fournies-que-2 = გამოიყენოს მიწოდებული ინფორმაცია მხოლოდ ამ პროცედურების შესასრულებლად. სხვა პროცედურების შესასრულებლად ჯერ უნდა აცნობოს მომხმარებელს და მიიღოს მისი თანხმობა;
tm-mettre-a-jour-puis-a-supprimer = განაახლოს, შემდეგ კი წაშალოს მომხმარებლის შესახებ ყველა ინფორმაცია, როცა ის პროცედურებისთვის აღარ არის საჭირო;
tm-respecter-la-confidentialite-des = დაიცვას მიწოდებული ინფორმაციის კონფიდენციალურობა;
tm-prendre-toutes-les-precautions-pour = მიიღოს ყველა ზომა გადაცემული პერსონალური მონაცემების უსაფრთხოებისთვის.
tm-le-mandataire-sengage-a = რწმუნებული იღებს ვალდებულებას:
tm-le-present-mandat-est-accepte-et = ეს მინდობილობა მიღებულია და თანხმობა გაცემულია იმ ვადით, რაც საჭიროა { $name }-ის უფლებამოსილი დამხმარის მიერ დავალებების შესასრულებლად. მინდობილობა წყდება, როცა ზემოთ აღნიშნული პროცედურები შესრულდება, ან ნებისმიერ დროს, თუ მარწმუნებელი ან რწმუნებული გადაწყვეტს მის გაუქმებას.
tm-l-aidant-habilite-de-est-tenu = { $name }-ის უფლებამოსილი დამხმარე ვალდებულია შეასრულოს მინდობილობა, სანამ ის მას ევალება, და პასუხს აგებს ზიანზე, რომელიც შეიძლება მისი შეუსრულებლობით დადგეს, სამოქალაქო კოდექსის 1991-ე და მომდევნო მუხლების შესაბამისად.
tm-mandat-pour-realiser-des-demarches-en-2 = მინდობილობა ონლაინ პროცედურების შესასრულებლად „Aidants Connect“ სერვისით სანიტარიული საგანგებო მდგომარეობის დროს
tm-je-mappelle-je-suis-le-mandant = მე მქვია: { $name } (მე ვარ მარწმუნებელი)
tm-jautorise-cest-le-mandataire-a-realiser = ვაძლევ უფლებას { $name }-ს (ეს არის რწმუნებული), ჩემ ნაცვლად შეასრულოს შემდეგი ადმინისტრაციული პროცედურები: { $n }
tm-cette-autorisation-est-conforme-aux = ეს ნებართვა შეესაბამება სამოქალაქო კოდექსის 1984-ე და მომდევნო მუხლებს. პროცედურები შესრულდება ინტერნეტით, FranceConnect-ის მქონე საიტებზე ან სხვა საიტებზე. ისინი შეიძლება შესრულდეს ადმინისტრაციის მიერ დაშვებული ნებისმიერი საშუალებითაც (ტელეფონი, ქაღალდი, ელფოსტა, …).
tm-je-peux-annuler-mon-autorisation-a = ჩემი ნებართვის გაუქმება ნებისმიერ დროს შემიძლია.
tm-je-reconnais-que-laidant-habilite-par = ვადასტურებ, რომ { $name }-ის მიერ უფლებამოსილმა დამხმარემ შემახსენა თავისი დახმარების მიზანი და მაცნობა, რატომ არის საჭირო და რისთვის გამოიყენება შეგროვებული ინფორმაცია;
tm-jautorise-les-aidants-habilites-par-a = ვაძლევ უფლებას { $name }-ის მიერ უფლებამოსილ დამხმარეებს, გამოიყენონ ჩემი პერსონალური მონაცემები ამ მინდობილობის ფარგლებში. ვიცი, რომ ჩემს შესახებ ინფორმაციაზე მაქვს უფლებები: წვდომა, შესწორება, წაშლა.
tm-pour-que-puisse-agir-a-ma = რომ { $name }-მა შეძლოს ჩემ ნაცვლად მოქმედება:
tm-effectuer-les-demarches-listees-dans-ce = შეასრულონ ჩემ ნაცვლად ამ დოკუმენტში ჩამოთვლილი პროცედურები, ჩემ მიერ მიწოდებული ინფორმაციის საფუძველზე;
tm-collecter-et-conserver-seulement-les = შეაგროვონ და შეინახონ მხოლოდ ის ინფორმაცია, რომელიც საჭიროა ამ დოკუმენტში ჩამოთვლილი ან მათთან დაკავშირებული პროცედურებისთვის;
tm-utiliser-et-communiquer-seulement-les = გამოიყენონ და გადასცენ მხოლოდ ის ინფორმაცია, რომელიც საჭიროა ამ დოკუმენტში ჩამოთვლილი ან მათთან დაკავშირებული პროცედურებისთვის;
tm-minformer-et-demander-mon-autorisation = მაცნობონ და მთხოვონ ნებართვა, სანამ ამ დოკუმენტში ჩამოთვლილის გარდა სხვა პროცედურებს შეასრულებენ;
tm-mettre-a-jour-et-supprimer-lensemble = განაახლონ და წაშალონ ჩემი ყველა პერსონალური ინფორმაცია, როცა ის აღარ არის საჭირო;
tm-sinterdire-de-rendre-publiques-mes = არასოდეს გაასაჯაროონ ჩემი პერსონალური ინფორმაცია;
tm-prendre-toutes-les-precautions-pour-2 = მიიღონ ყველა ზომა ჩემი პერსონალური ინფორმაციის უსაფრთხოებისთვის.
tm-les-aidants-habilites-par-doivent = { $name }-ის მიერ უფლებამოსილი დამხმარეები ვალდებულნი არიან:
tm-a-partir-du-moment-ou-un = იმ მომენტიდან, როცა { $name }-ის მიერ უფლებამოსილი დამხმარე ჩემ ნაცვლად ასრულებს ამ დოკუმენტში ჩამოთვლილ რომელიმე პროცედურას, ის თანხმდება, გააკეთოს ეს ამ დოკუმენტში აღწერილი პირობებით.
tm-les-demarches-decrites-ci-dessus-sont = ზემოთ აღწერილი პროცედურები შესრულებულია;
tm-je-decide-de-lannuler = მე გადავწყვეტ მის გაუქმებას;
tm-laidant-habilite-par-decide-de-lannuler = { $name }-ის მიერ უფლებამოსილი დამხმარე გადაწყვეტს მის გაუქმებას;
tm-je-donne-mon-autorisation-a-une = ჩემს ნებართვას ვაძლევ სხვა პირს და არა { $name }-ის მიერ უფლებამოსილ დამხმარეს. ამ შემთხვევაში რაც შეიძლება სწრაფად უნდა ვაცნობო { $name }-ს.
tm-mon-autorisation-est-donnee-et-acceptee = ჩემი ნებართვა გაცემული და მიღებულია { $n }. ის ადრე წყდება, თუ:
tm-l-aidant-habilite-par-doit-accomplir = { $name }-ის მიერ უფლებამოსილმა დამხმარემ ჩემ ნაცვლად უნდა შეასრულოს ამ დოკუმენტში ჩამოთვლილი პროცედურები, სანამ მინდობილობა მოქმედებს. { $name }-ის მიერ უფლებამოსილ დამხმარეს შეიძლება დაეკისროს პასუხისმგებლობა, თუ არ დაიცავს ამ დოკუმენტში აღწერილ პირობებს (სამოქალაქო კოდექსის 1991-ე მუხლი).
tm-jautorise-cest-le-mandataire-a-realiser-2 = ვაძლევ უფლებას { $name }-ს (ეს არის რწმუნებული), ჩემ ნაცვლად შეასრულოს შემდეგი ადმინისტრაციული პროცედურები:
tm-collecter-et-conserver-utiliser-et = შეაგროვონ და შეინახონ, გამოიყენონ და გადასცენ მხოლოდ ის ინფორმაცია, რომელიც საჭიროა ამ დოკუმენტში ჩამოთვლილი ან მათთან დაკავშირებული პროცედურებისთვის;
tm-l-aidant-habilite-par-doit-accomplir-2 = { $name }-ის მიერ უფლებამოსილმა დამხმარემ ჩემ ნაცვლად უნდა შეასრულოს ამ დოკუმენტში ჩამოთვლილი პროცედურები, სანამ მინდობილობა მოქმედებს. მას შეიძლება დაეკისროს პასუხისმგებლობა, თუ არ დაიცავს ამ დოკუმენტში აღწერილ პირობებს (სამოქალაქო კოდექსის 1991-ე მუხლი).
tm-fait-a-le-2 = შედგენილია: { $display_address }, { $display_city }, { $date }
tm-jautorise-cest-le-mandataire-a-realiser-3 = ვაძლევ უფლებას { $name }-ს (ეს არის რწმუნებული), ჩემი სახელით შეასრულოს შემდეგი ადმინისტრაციული პროცედურები:
tm-pour-que-puisse-agir-pour-mon = რომ { $name }-მა შეძლოს ჩემი სახელით მოქმედება:
tm-effectuer-les-demarches-listees-dans-ce-2 = შეასრულონ ჩემი სახელით ამ დოკუმენტში ჩამოთვლილი პროცედურები, ჩემ მიერ მიწოდებული ინფორმაციის საფუძველზე;
tm-a-partir-du-moment-ou-un-2 = იმ მომენტიდან, როცა { $name }-ის მიერ უფლებამოსილი დამხმარე ჩემი სახელით ასრულებს ამ დოკუმენტში ჩამოთვლილ რომელიმე პროცედურას, ის თანხმდება, გააკეთოს ეს ამ დოკუმენტში აღწერილი პირობებით.
tm-l-aidant-habilite-par-doit-accomplir-3 = { $name }-ის მიერ უფლებამოსილმა დამხმარემ ჩემი სახელით უნდა შეასრულოს ამ დოკუმენტში ჩამოთვლილი პროცედურები, სანამ მინდობილობა მოქმედებს. მას შეიძლება დაეკისროს პასუხისმგებლობა, თუ არ დაიცავს ამ დოკუმენტში აღწერილ პირობებს (სამოქალაქო კოდექსის 1991-ე მუხლი).
tm-mandat-pour-realiser-des-demarches-en-3 = მინდობილობა ონლაინ პროცედურების შესასრულებლად „Aidants Connect“ სერვისით
tm-je-mappelle-et-je-suis-le = მე მქვია { $name } და მე ვარ მარწმუნებელი.
tm-jautorise-en-tant-que-mandataire-a = ვაძლევ უფლებას { $name }-ს, როგორც რწმუნებულს, ჩემი სახელით შეასრულოს შემდეგი ადმინისტრაციული პროცედურები:
tm-je-declare-ne-pas-faire-l = ვაცხადებ, რომ ჩემ მიმართ არ მოქმედებს სამართლებრივი დაცვის ღონისძიება (sauvegarde de justice, მეურვეობა ან მზრუნველობა).
tm-jautorise-les-aidants-habilites-par-a-2 = ვაძლევ უფლებას { $name }-ის მიერ უფლებამოსილ დამხმარეებს, გამოიყენონ ჩემი პერსონალური მონაცემები ამ მინდობილობის ფარგლებში. ვიცი, რომ ჩემს შესახებ ინფორმაციაზე მაქვს უფლებები: წვდომა, ინფორმირება, შესწორება, შეზღუდვა, წაშლა.
tm-quand-un-aidant-habilite-par-realise = როცა { $name }-ის მიერ უფლებამოსილი დამხმარე ჩემი სახელით ასრულებს ზემოთ ჩამოთვლილ რომელიმე პროცედურას, ის იღებს ვალდებულებას, გააკეთოს ეს ამ დოკუმენტში აღწერილი პირობებითა და ვადით; წინააღმდეგ შემთხვევაში მას ეკისრება სამოქალაქო და სისხლისსამართლებრივი პასუხისმგებლობა.
tm-prendre-toutes-les-precautions-pour-3 = მიიღონ ყველა ზომა ჩემი პერსონალური ინფორმაციის უსაფრთხოებისა და კონფიდენციალურობისთვის.
tm-un-aidant-habilite-par-decide-de = { $name }-ის მიერ უფლებამოსილი რომელიმე დამხმარე გადაწყვეტს მის გაუქმებას;
tm-fait-a-le-3 = შედგენილია: { $display_address }, { $zipcode } { $display_city }, { $date }
tm-prenom-nom-et-signature-du-mandataire = რწმუნებულის (დამხმარის) სახელი, გვარი და ხელმოწერა
tm-prenom-nom-et-signature-du-mandant = მარწმუნებლის (მომხმარებლის) სახელი, გვარი და ხელმოწერა
tm-il-y-a-des-erreurs-dans = ფორმაში შეცდომებია
tm-lisez-ces-mentions-a-lusager = წაუკითხეთ ეს ტექსტი მომხმარებელს
tm-le-mandat-est-une-autorisation-ecrite = მინდობილობა არის წერილობითი ნებართვა, რომელიც დამხმარეს საშუალებას აძლევს, თქვენთვის შეასრულოს ადმინისტრაციული პროცედურები. ის იცავს თქვენც და იმ დამხმარესაც, რომელიც გეხმარებათ. მისი შეწყვეტა ნებისმიერ დროს შეგიძლიათ.
tm-une-fois-ce-mandat-signe-par = როცა ამ მინდობილობას ორივე მხარე მოაწერს ხელს, დამხმარე იღებს ვალდებულებას:
tm-realiser-les-demarches-listees-dans-le = შეასრულოს მინდობილობაში ჩამოთვლილი პროცედურები თქვენ მიერ მიწოდებული ინფორმაციის საფუძველზე;
tm-utiliser-et-enregistrer-seulement-les = გამოიყენოს და ჩაიწეროს მხოლოდ ის ინფორმაცია, რომელიც ამ პროცედურებისთვის არის საჭირო;
tm-ne-pas-effectuer-dautres-demarches-que = არ შეასრულოს მინდობილობაში ჩამოთვლილის გარდა სხვა პროცედურები;
tm-securiser-lensemble-de-vos-informations = დაიცვას თქვენი მთელი ინფორმაცია და წაშალოს, როცა ის აღარ იქნება საჭირო.
tm-connectez-lusager-a-franceconnect = შეიყვანეთ მომხმარებელი FranceConnect-ში
tm-recapitulatif-du-mandat-a-distance = დისტანციური მინდობილობის შეჯამება
tm-elements-du-mandat = მინდობილობის ელემენტები
tm-validation-de-lusager = მომხმარებლის დადასტურება
tm-en-cochant-ces-cases-confirme = ამ უჯრების მონიშვნით { $name } ადასტურებს:
tm-validation-de-laidant = დამხმარის დადასტურება
tm-enregistrer-le-mandat = მინდობილობის შენახვა

## aidants: login

tm-vous-etes-un-particulier = კერძო პირი ხართ?
tm-aidants-connect-n-est-pas-un = Aidants Connect არ არის ინსტრუმენტი კერძო პირებისთვის ან ახლობლის მომვლელი ოჯახის წევრებისთვის.
tm-vous-rencontrez-un-probleme-lors-de = პრობლემა გაქვთ France Connect-ით შესვლისას ან საჯარო სერვისების პირად სივრცეებში შესვლისას (CAF, გადასახადები, ANTS...)? იხილეთ სპეციალური დახმარების გვერდი.
tm-vous-rencontrez-des-difficultes-avec-le = გიჭირთ ციფრული ინსტრუმენტების გამოყენება და გსურთ, ვინმე დაგეხმაროთ პროცედურების შესრულებაში ან მეტი დამოუკიდებლობის მოპოვებაში? იპოვეთ ადგილი თქვენთან ახლოს.

## aidants: aidants_connect_common

tm-adresse-e-mail = ელფოსტის მისამართი

## aidants: aidants_connect_web

tm-numero-de-telephone-mobile = მობილური ტელეფონის ნომერი
tm-format-attendu-10-chiffres = მოსალოდნელი ფორმატი: 10 ციფრი
tm-format-attendu-6-chiffres = მოსალოდნელი ფორმატი: 6 ციფრი
tm-selectionnez-la-ou-les-demarches = აირჩიეთ ერთი ან რამდენიმე პროცედურა
tm-choisissez-la-duree-du-mandat = აირჩიეთ მინდობილობის ვადა
tm-code-a-6-chiffres = 6-ციფრიანი კოდი
tm-choisir = აირჩიეთ…
tm-exemple-prenom-nom-exemple-fr = მაგალითი: prenom-nom@exemple.fr
tm-nouvelle-adresse-e-mail = ახალი ელფოსტის მისამართი
tm-erreur-veuillez-saisir-uniquement-des = შეცდომა: შეიყვანეთ მხოლოდ სწორი ელფოსტის მისამართები.
tm-telephone-mobile = მობილური ტელეფონი

## dsfr: component/checkbox

tm-libelle-checkbox = მოსანიშნი ველის წარწერა
tm-libelle-checkbox-sub-et-sup = მოსანიშნი ველის წარწერა sub და sup
tm-libelle-case-a-cocher = მოსანიშნი ველის წარწერა
tm-theme-clair = ღია თემა
tm-theme-sombre = მუქი თემა
tm-systeme = სისტემის მიხედვით
tm-legende-pour-lensemble-des-elements = სათაური ელემენტების მთელი ჯგუფისთვის
tm-choisissez-un-theme-pour-personnaliser = აირჩიეთ თემა, რათა საიტის იერსახე მოირგოთ.
tm-texte-de-description-additionnel = დამატებითი აღწერის ტექსტი
tm-utilise-les-parametres-systeme = იყენებს სისტემის პარამეტრებს
tm-extrait-de-code = კოდის ფრაგმენტი
tm-libelle-bouton = ღილაკის წარწერა
tm-texte-derreur-obligatoire = შეცდომის სავალდებულო ტექსტი
tm-texte-de-validation = დადასტურების ტექსტი
tm-verifier-ma-demande = ჩემი განაცხადის შემოწმება
tm-supprimer-le-justificatif-de-domicile = მისამართის დამადასტურებელი დოკუმენტის წაშლა
tm-la-case-a-cocher-permet-a = მოსანიშნი ველი მომხმარებელს საშუალებას აძლევს, სიიდან ერთი ან რამდენიმე ვარიანტი აირჩიოს. მას იყენებენ მრავლობითი არჩევისთვის (0-დან N ელემენტამდე) ან ორობითი არჩევანისთვის, როცა მომხმარებელს შეუძლია ერთი ვარიანტის მონიშვნა ან მონიშვნის მოხსნა.
tm-dsfr-v1-15-3 = DSFR v1.15.3
tm-retour = უკან
tm-case-a-cocher-checkbox = მოსანიშნი ველი (checkbox)
tm-case-a-cocher-seule = ცალკე მოსანიშნი ველი
tm-case-a-cocher-seule-exemple-avec = ცალკე მოსანიშნი ველი, მაგალითი ქვედა და ზედა ინდექსით
tm-case-a-cocher-avec-texte-daide = მოსანიშნი ველი დამხმარე ტექსტით
tm-case-a-cocher-seule-validee = ცალკე მოსანიშნი ველი, დადასტურებული
tm-case-a-cocher-seule-avec-erreur = ცალკე მოსანიშნი ველი შეცდომით
tm-case-a-cocher-seule-indeterminee = ცალკე მოსანიშნი ველი, განუსაზღვრელი მდგომარეობა
tm-ensemble-de-cases-a-cocher = მოსანიშნი ველების ჯგუფი
tm-ensemble-de-cases-a-cocher-petite = მოსანიშნი ველების ჯგუფი, მცირე ზომა
tm-ensemble-de-cases-a-cocher-desactivees = გათიშული მოსანიშნი ველების ჯგუფი
tm-ensemble-de-cases-a-cocher-en = მოსანიშნი ველების ჯგუფი ერთ ხაზზე
tm-ensemble-de-cases-a-cocher-avec = მოსანიშნი ველების ჯგუფი დამხმარე ტექსტით
tm-ensemble-de-cases-a-cocher-avec-2 = მოსანიშნი ველების ჯგუფი შეცდომით
tm-ensemble-de-cases-a-cocher-validees = დადასტურებული მოსანიშნი ველების ჯგუფი
tm-ensemble-de-cases-a-cocher-avec-3 = მოსანიშნი ველების ჯგუფი შეცდომით, ერთ ხაზზე
tm-ensemble-de-cases-a-cocher-validees-2 = დადასტურებული მოსანიშნი ველების ჯგუფი, ერთ ხაზზე
tm-ensemble-de-cases-a-cocher-avec-4 = მოსანიშნი ველების ჯგუფი საკუთარი დამხმარე ტექსტით
tm-ensemble-de-cases-a-cocher-avec-5 = მოსანიშნი ველების ჯგუფი საკუთარი დამხმარე ტექსტით, მცირე ზომა
tm-autres-versions = სხვა ვერსიები
tm-parametres-daffichage = ჩვენების პარამეტრები

## dsfr: component/input

tm-libelle-champ-de-saisie = შესაყვანი ველის წარწერა
tm-envoyer = გაგზავნა
tm-supprimer-le-champ = ველის წაშლა
tm-placeholder = ჩანაცვლების ტექსტი
tm-champ-de-saisie-input = შესაყვანი ველი (input)
tm-les-champs-permettent-a-un-utilisateur = ველები მომხმარებელს საშუალებას აძლევს, შეიყვანოს შინაარსი და მონაცემები.
tm-champ-de-type-text = "text" ტიპის ველი
tm-champ-de-type-number = "number" ტიპის ველი
tm-champ-de-type-search = "search" ტიპის ველი
tm-champ-de-type-date = "date" ტიპის ველი
tm-preferez-l-utilisation-du-modele-de = უმჯობესია გამოიყენოთ ერთიანი თარიღის ბლოკის შაბლონი
tm-champ-de-type-textarea = "textarea" ტიპის ველი
tm-champ-de-type-password = "password" ტიპის ველი
tm-preferez-l-utilisation-du-composant-mot = უმჯობესია გამოიყენოთ „პაროლის“ კომპონენტი
tm-combo-champ-bouton-d-envoi = ველისა და გაგზავნის ღილაკის კომბინაცია
tm-combo-champ-bouton-d-action = ველისა და მოქმედების ღილაკის კომბინაცია
tm-champ-avec-placeholder = ველი ჩანაცვლების ტექსტით (placeholder)
tm-champ-avec-valeur-initiale = ველი საწყისი მნიშვნელობით
tm-champ-avec-icone-personalisee = ველი საკუთარი ხატულით
tm-champ-desactive = გათიშული ველი
tm-champ-avec-texte-additionnel = ველი დამატებითი ტექსტით
tm-champ-valide-avec-texte-de-succes = სწორად შევსებული ველი წარმატების ტექსტით
tm-champ-en-erreur-avec-texte-d = შეცდომიანი ველი შეცდომის ტექსტით

## dsfr: component/password

tm-caracteres-minimum = მინიმუმ { $n } სიმბოლო
tm-la-demande-de-mot-de-passe = პაროლის მოთხოვნა მომხმარებელს ეხმარება პაროლის შექმნაში ან შეყვანაში.
tm-mot-de-passe-password = პაროლი (password)
tm-mot-de-passe-avec-description = პაროლი აღწერით
tm-mot-de-passe-apres-validation = პაროლი შემოწმების შემდეგ
tm-mot-de-passe-de-connexion = შესვლის პაროლი

## dsfr: component/radio

tm-libelle-bouton-radio = რადიოღილაკის წარწერა
tm-libelle-radio-sup-sub = რადიოღილაკის წარწერა sup sub
tm-le-bouton-radio-permettent-a = რადიოღილაკი მომხმარებელს საშუალებას აძლევს, სიიდან მხოლოდ ერთი ვარიანტი აირჩიოს.
tm-bouton-radio-radio = რადიოღილაკი (radio)
tm-bouton-radio-simple = მარტივი რადიოღილაკი
tm-ensemble-de-boutons-radio = რადიოღილაკების ჯგუფი
tm-ensemble-de-boutons-radio-petite-taille = რადიოღილაკების ჯგუფი, მცირე ზომა
tm-ensemble-de-boutons-radio-desactivees = გათიშული რადიოღილაკების ჯგუფი
tm-ensemble-de-boutons-radio-en-ligne = რადიოღილაკების ჯგუფი ერთ ხაზზე
tm-ensemble-de-boutons-radio-avec-texte = რადიოღილაკების ჯგუფი დამხმარე ტექსტით
tm-ensemble-de-boutons-radio-avec-erreur = რადიოღილაკების ჯგუფი შეცდომით
tm-ensemble-de-boutons-radio-avec-erreur-2 = რადიოღილაკების ჯგუფი შეცდომით, ერთ ხაზზე
tm-ensemble-de-boutons-radio-valides = დადასტურებული რადიოღილაკების ჯგუფი
tm-ensemble-de-boutons-radio-valides-en = დადასტურებული რადიოღილაკების ჯგუფი, ერთ ხაზზე
tm-ensemble-de-boutons-radio-avec-texte-2 = რადიოღილაკების ჯგუფი საკუთარი დამხმარე ტექსტით
tm-ensemble-de-boutons-radio-avec-texte-3 = რადიოღილაკების ჯგუფი საკუთარი დამხმარე ტექსტით, მცირე ზომა
tm-ensemble-de-boutons-radio-libelle-en = რადიოღილაკების ჯგუფი, წარწერა ქვედა და ზედა ინდექსით
tm-bouton-radio-riche = გაფართოებული რადიოღილაკი
tm-ensemble-de-boutons-radio-riches-simple = გაფართოებული რადიოღილაკების ჯგუფი, მარტივი
tm-ensemble-de-boutons-radio-riches-en = გაფართოებული რადიოღილაკების ჯგუფი, ერთ ხაზზე, მარტივი
tm-ensemble-de-boutons-radio-riches-sans = გაფართოებული რადიოღილაკების ჯგუფი პიქტოგრამის გარეშე
tm-ensemble-de-boutons-radio-riches-sans-2 = გაფართოებული რადიოღილაკების ჯგუფი პიქტოგრამის გარეშე, ერთ ხაზზე
tm-ensemble-de-boutons-radio-riches-avec = გაფართოებული რადიოღილაკების ჯგუფი დამხმარე ტექსტებით
tm-ensemble-de-boutons-radio-riches-avec-2 = გაფართოებული რადიოღილაკების ჯგუფი დამხმარე ტექსტებით, ერთ ხაზზე
tm-ensemble-de-boutons-radio-riches-avec-3 = გაფართოებული რადიოღილაკების ჯგუფი შეცდომითა და დამხმარე ტექსტებით
tm-ensemble-de-boutons-radio-riches-avec-4 = გაფართოებული რადიოღილაკების ჯგუფი შეცდომითა და დამხმარე ტექსტებით, ერთ ხაზზე
tm-ensemble-de-boutons-radio-riches = გათიშული გაფართოებული რადიოღილაკების ჯგუფი

## dsfr: component/select

tm-libelle-pour-liste-deroulante = ჩამოსაშლელი სიის წარწერა
tm-option = ვარიანტი { $n }
tm-selectionnez-une-option = აირჩიეთ ვარიანტი
tm-la-liste-deroulante-permet-a-un = ჩამოსაშლელი სია მომხმარებელს საშუალებას აძლევს, მოცემული სიიდან ერთი ელემენტი აირჩიოს.
tm-liste-deroulante-select = ჩამოსაშლელი სია (select)
tm-liste-deroulante-par-defaut = ნაგულისხმევი ჩამოსაშლელი სია
tm-liste-deroulante-desactivee = გათიშული ჩამოსაშლელი სია
tm-liste-deroulante-avec-texte-de = ჩამოსაშლელი სია აღწერის ტექსტით
tm-liste-deroulante-valide = დადასტურებული ჩამოსაშლელი სია
tm-liste-deroulante-erreur = ჩამოსაშლელი სია შეცდომით
tm-liste-deroulante-avec-groupe-d-options = ჩამოსაშლელი სია ვარიანტების ჯგუფით

## dsfr: component/upload

tm-ajouter-un-fichier = ფაილის დამატება
tm-ajouter-des-fichiers = ფაილების დამატება
tm-ce-composant-permet-aux-utilisateurs-de = ეს კომპონენტი მომხმარებლებს საშუალებას აძლევს, აირჩიონ და გაგზავნონ ერთი ან რამდენიმე ფაილი.
tm-ajout-de-fichier-upload = ფაილის დამატება (upload)
tm-bouton-upload-1-seul-fichier = ატვირთვის ღილაკი მხოლოდ 1 ფაილისთვის
tm-bouton-upload-avec-erreur = ატვირთვის ღილაკი შეცდომით
tm-bouton-upload-fichiers-multiples = ატვირთვის ღილაკი რამდენიმე ფაილისთვის
tm-bouton-upload-desactive = გათიშული ატვირთვის ღილაკი

## dsfr: layout/page/login/1-default

tm-connexion-a-nom-de-service-site = შესვლა [სერვისის ან საიტის სახელი]-ზე
tm-format-attendu = საჭირო ფორმატი: { $email }
tm-franceconnect-est-la-solution-proposee-2 = FranceConnect არის სახელმწიფოს მიერ შეთავაზებული გადაწყვეტა, რომელიც ონლაინ სერვისებში შესვლას უსაფრთხოსა და მარტივს ხდის.
tm-se-connecter-avec-franceconnect = შესვლა FranceConnect-ით
tm-vous-navez-pas-de-compte = არ გაქვთ ანგარიში?

## dsfr: layout/page/login/2-error

tm-identifiant-mot-de-passe-incorrect = მომხმარებლის სახელი ან პაროლი არასწორია

## dsfr: layout/page/login/3-recover/3a-form

tm-recuperer-le-mot-de-passe-de = თქვენი ანგარიშის პაროლის აღდგენა
tm-description-veuillez-saisir-ladresse = აღწერა — გთხოვთ, შეიყვანოთ თქვენს ანგარიშთან დაკავშირებული ელფოსტის მისამართი. გამოგიგზავნით დამატებით ინფორმაციას იმის შესახებ, როგორ აღადგინოთ პაროლი
tm-recuperation-de-mot-de-passe-sur = პაროლის აღდგენა [სერვისის ან საიტის სახელი]-ზე

## dsfr: layout/page/login/3-recover/3b-confirmation

tm-detail-si-vous-navez-pas-recu = დეტალები — თუ ელწერილი არ მიგიღიათ (აუცილებლად შეამოწმეთ სპამის საქაღალდე), შეგიძლიათ ელფოსტის მისამართი ხელახლა შეიყვანოთ.
tm-votre-demande-de-recuperation-de-mot = პაროლის აღდგენის თქვენი მოთხოვნა გადაიგზავნა. რამდენიმე წამში მიიღებთ ელწერილს.

## dsfr: layout/page/login/3-recover

tm-pages-de-connexion = შესვლის გვერდები

## dsfr: layout/page/register/1-single

tm-creation-de-compte-sur-nom-de = ანგარიშის შექმნა [სერვისის ან საიტის სახელი]-ზე
tm-se-creer-un-compte-en-choisissant = ანგარიშის შექმნა მომხმარებლის სახელის არჩევით
tm-sauf-mention-contraire-tous-les-champs = თუ სხვა რამ არ არის მითითებული, ყველა ველი სავალდებულოა.

## dsfr: layout/page/register/2-steps/2a-login

tm-choisir-un-identifiant = მომხმარებლის სახელის არჩევა
tm-etape-sur = ნაბიჯი { $n } / { $count }
tm-etape-suivante-renseigner-une-identite = შემდეგი ნაბიჯი: პირადი მონაცემების მითითება

## dsfr: layout/page/register/2-steps/2b-identity

tm-feminin = მდედრობითი
tm-masculin = მამრობითი
tm-je-n-ai-pas-de-prenom = სახელი არ მაქვს
tm-identite-personnelle = პირადი მონაცემები
tm-sexe = სქესი
tm-renseigner-une-identite = პირადი მონაცემების მითითება
tm-etape-suivante-saisir-des-coordonnees = შემდეგი ნაბიჯი: საკონტაქტო მონაცემების შეყვანა

## dsfr: layout/page/register/2-steps/2c-address

tm-complement-dadresse-optionnel = მისამართის დამატება (არასავალდებულო)
tm-coordonnees-personnelles = პირადი საკონტაქტო მონაცემები
tm-adresse-postale = საფოსტო მისამართი
tm-indication-numero-et-voie = მინიშნება: სახლის ნომერი და ქუჩა
tm-indication-batiment-immeuble-escalier-et = მინიშნება: კორპუსი, შენობა, სადარბაზო და ბინის ნომერი
tm-exemple-montpellier = მაგალითი: Montpellier
tm-saisir-des-coordonnees = საკონტაქტო მონაცემების შეყვანა

## dsfr: layout/page/register/2-steps

tm-pages-de-creation-de-compte = ანგარიშის შექმნის გვერდები

## dsfr: layout/page/register/3-confirmation/3a-create

tm-votre-compte-a-bien-ete-cree = თქვენი ანგარიში შეიქმნა. რამდენიმე წამში მიიღებთ ელწერილს დადასტურების ბმულით.

## dsfr: layout/page/register/3-confirmation/3b-activate

tm-votre-compte-a-bien-ete-active = თქვენი ანგარიში გააქტიურდა. მისი გამოყენება ახლავე შეგიძლიათ.

## dsfr: layout/pattern/address

tm-lieu-dit-commune-deleguee-ou-boite = ადგილი (lieu-dit), მიერთებული თემი ან საფოსტო ყუთი
tm-numero = ნომერი
tm-voie = ქუჩა
tm-batiment = კორპუსი
tm-immeuble = შენობა
tm-escalier = სადარბაზო
tm-numero-d-appartement = ბინის ნომერი
tm-complement-d-adresse-postale = საფოსტო მისამართის დამატება
tm-la-demande-dadresse-postale-permet = საფოსტო მისამართის მოთხოვნა მომხმარებელს ეხმარება მისამართის შეყვანაში.
tm-bloc-fonctionnel-d-adresse-postale = საფოსტო მისამართის ფუნქციური ბლოკი (address)
tm-demande-dune-adresse-postale-nationale = საფრანგეთის საფოსტო მისამართის მოთხოვნა
tm-demande-dune-adresse-postale-nationale-2 = საფრანგეთის საფოსტო მისამართის მოთხოვნა + ადგილი, მიერთებული თემი ან საფოსტო ყუთი
tm-complement-d-adresse = მისამართის დამატება

## dsfr: layout/pattern/civility

tm-docteur = ექიმი
tm-inspecteur = ინსპექტორი
tm-sans-reponse = პასუხის გარეშე
tm-titre-dappel = მიმართვის ფორმა
tm-demande-de-situation-familiale = ოჯახური მდგომარეობის მოთხოვნა
tm-demande-du-titre-dappel = მიმართვის ფორმის მოთხოვნა
tm-concubinage = თანაცხოვრება ქორწინების გარეშე
tm-pacse = სამოქალაქო კავშირში (PACS)
tm-marie = დაქორწინებული
tm-veuf = ქვრივი
tm-divorce = განქორწინებული
tm-recteur = რექტორი
tm-proviseur = ლიცეუმის დირექტორი
tm-professeur = მასწავლებელი
tm-principal = კოლეჟის დირექტორი
tm-la-demande-de-civilite-permet-a = მიმართვის მოთხოვნა მომხმარებელს საშუალებას აძლევს, მიუთითოს თავისი მონაცემები (სქესი, ოჯახური მდგომარეობა, მიმართვის ფორმა).
tm-les-boutons-radios-sont-recommandes = რადიოღილაკები რეკომენდებულია, როცა მომხმარებელმა 2-დან 5-მდე შესაძლო ვარიანტიდან ერთი უნდა აირჩიოს.
tm-au-dela-de-5-choix-ou = 5-ზე მეტი ვარიანტის შემთხვევაში ან როცა ადგილი არ არის საკმარისი, უმჯობესია ჩამოსაშლელი სიის გამოყენება.
tm-bloc-fonctionnel-de-civilite-civility = მიმართვის ფუნქციური ბლოკი (civility)
tm-demande-du-sexe = სქესის მოთხოვნა

## dsfr: layout/pattern/company

tm-numero-de-siret = SIRET ნომერი
tm-denomination = ორგანიზაციის სახელწოდება
tm-cedex = Cedex (სპეციალური საფოსტო კოდი)
tm-type-de-societe = კომპანიის ტიპი
tm-nom-d-usage = ყოველდღიურად გამოყენებული გვარი
tm-nom-de-naissance = დაბადებისას მიღებული გვარი
tm-fonction-dans-la-societe = თანამდებობა კომპანიაში
tm-siret-de-l-entreprise = კომპანიის SIRET
tm-representant-moral-de-l-entreprise = კომპანიის კანონიერი წარმომადგენელი
tm-indication-nom-de-famille-non-rectifie = მინიშნება: გვარი, რომელიც სასამართლოს გადაწყვეტილების შემდეგ არ შესწორებულა.
tm-france = საფრანგეთი
tm-allemagne = გერმანია
tm-italie = იტალია
tm-espagne = ესპანეთი
tm-royaume-uni = გაერთიანებული სამეფო
tm-entrepreneur-individuel-ei = ინდივიდუალური მეწარმე (EI)
tm-entreprise-unipersonnelle-a = ერთპარტნიორიანი შეზღუდული პასუხისმგებლობის საზოგადოება (EURL)
tm-societe-a-responsabilite-limitee-sarl = შეზღუდული პასუხისმგებლობის საზოგადოება (SARL)
tm-societe-par-actions-simplifiee = ერთაქციონერიანი გამარტივებული სააქციო საზოგადოება (SASU)
tm-societe-par-actions-simplifiee-sas = გამარტივებული სააქციო საზოგადოება (SAS)
tm-societe-anonyme-sa = სააქციო საზოგადოება (SA)
tm-societe-en-nom-collectif-snc = სოლიდარული პასუხისმგებლობის საზოგადოება (SNC)
tm-societe-en-commandite-simple-scs = კომანდიტური საზოგადოება (SCS)
tm-societe-en-commandite-par-actions-sca = სააქციო კომანდიტური საზოგადოება (SCA)
tm-la-demande-de-renseignement-sur-la = კომპანიის შესახებ ინფორმაციის მოთხოვნა მომხმარებელს ეხმარება თავისი კომპანიის მონაცემების შეყვანაში.
tm-bloc-fonctionnel-de-societe-company = კომპანიის ფუნქციური ბლოკი (company)
tm-demande-d-un-numero-de-siret = SIRET ნომრის მოთხოვნა
tm-demande-dune-adresse-de-siege-social = იურიდიული მისამართის მოთხოვნა
tm-demande-dun-type-de-societe = კომპანიის ტიპის მოთხოვნა
tm-demande-dun-representant-moral = კანონიერი წარმომადგენლის მოთხოვნა

## dsfr: layout/pattern/date

tm-indication-texte-de-description = მინიშნება: დამატებითი აღწერის ტექსტი
tm-exemple-2 = მაგალითი: { $n }
tm-le-jour-est-invalide = დღე არასწორია
tm-le-mois-est-invalide = თვე არასწორია
tm-lannee-est-invalide = წელი არასწორია
tm-le-jour-est-invalide-le-mois-est = დღე არასწორია თვე არასწორია წელი არასწორია
tm-la-date-est-posterieure-a-aujourdhui = თარიღი დღევანდელზე გვიანაა
tm-le-champ-de-saisie-de-date = ფიქსირებული თარიღის შესაყვანი ველი სამი ტექსტური შესაყვანი ველისგან შედგება.
tm-bloc-fonctionnel-de-date-unique-date = ერთიანი თარიღის ფუნქციური ბლოკი (date)
tm-defaut = ნაგულისხმევი
tm-erreur-unitaire = შეცდომა ერთ ველში
tm-erreur-globale = საერთო შეცდომა

## dsfr: layout/pattern/email

tm-indication-cette-adresse-est-utilisee = მინიშნება: ეს მისამართი მხოლოდ სერვისში შესასვლელად გამოიყენება.
tm-le-format-de-ladresse-electronique = შეყვანილი ელფოსტის მისამართის ფორმატი არასწორია. საჭირო ფორმატი: { $email }
tm-la-demande-d-email-est-un = ელფოსტის მოთხოვნა არის ფუნქციური ბლოკი ელფოსტის მისამართის შესაყვანად.
tm-bloc-fonctionnel-de-demande-d-email = ელფოსტის მოთხოვნის ფუნქციური ბლოკი (email)
tm-demande-d-une-adresse-electronique = ელფოსტის მისამართის მოთხოვნა
tm-demande-d-une-adresse-electronique-2 = ელფოსტის მისამართის მოთხოვნა - შეცდომა
tm-demande-et-indication-de-traitement-dune = ელფოსტის მისამართის მოთხოვნა და მისი გამოყენების ახსნა
tm-demande-et-indication-de-traitement-dune-2 = ელფოსტის მისამართის მოთხოვნა და მისი გამოყენების ახსნა - შეცდომა

## dsfr: layout/pattern/name

tm-indication-ancien-nom = მინიშნება: ძველი გვარი…
tm-ajouter-un-prenom = სახელის დამატება
tm-la-demande-de-nom-et-prenom = გვარისა და სახელის მოთხოვნა მომხმარებელს ეხმარება გვარისა და სახელის შეყვანაში.
tm-bloc-fonctionnel-de-nom-et-prenom = გვარისა და სახელის ფუნქციური ბლოკი (name)
tm-demande-dun-nom-et-dun-prenom = გვარისა და სახელის მოთხოვნა საფრანგეთში
tm-avec-prenom-desactive = გათიშული სახელის ველით
tm-avec-nom-d-usage = ყოველდღიურად გამოყენებული გვარით
tm-avec-nom-d-usage-prenom-desactive = ყოველდღიურად გამოყენებული გვარით + გათიშული სახელის ველით
tm-avec-bouton = ღილაკით
tm-avec-bouton-prenom-desactive = ღილაკით + გათიშული სახელის ველით
tm-demande-dun-nom-et-dun-prenom-2 = გვარისა და სახელის მოთხოვნა, საერთაშორისო ვარიანტი

## dsfr: layout/pattern/nationality

tm-nationalite = მოქალაქეობა
tm-allemande = გერმანიის
tm-italienne = იტალიის
tm-espagnole = ესპანეთის
tm-la-demande-de-nationalite-permet-daider = მოქალაქეობის მოთხოვნა მომხმარებელს ეხმარება მოქალაქეობის მითითებაში.
tm-bloc-fonctionnel-de-nationalite = მოქალაქეობის ფუნქციური ბლოკი (nationality)
tm-demande-de-nationalite = მოქალაქეობის მოთხოვნა

## dsfr: layout/pattern/tel

tm-numero-de-telephone = ტელეფონის ნომერი
tm-format-attendu-33-5-36-49 = საჭირო ფორმატი: (+33) 5 36 49 68 27
tm-le-format-de-numero-de-telephone = შეყვანილი ტელეფონის ნომრის ფორმატი არასწორია. საჭირო ფორმატი: (+33) 5 36 49 68 27
tm-la-demande-de-numero-de-telephone = ტელეფონის ნომრის მოთხოვნა არის ფუნქციური ბლოკი ტელეფონის ნომრის შესაყვანად.
tm-bloc-fonctionnel-de-telephone-tel = ტელეფონის ფუნქციური ბლოკი (tel)
tm-demande-d-un-numero-de-telephone = ტელეფონის ნომრის მოთხოვნა
tm-demande-d-un-numero-de-telephone-2 = ტელეფონის ნომრის მოთხოვნა - შეცდომა

## app: react-demarche

tm-demande-de-titre-de-sejour-vie = ბინადრობის ნებართვის მოთხოვნა – პირადი და ოჯახური ცხოვრება
tm-identite-et-situation-familiale = პირადობა და ოჯახური მდგომარეობა
tm-les-champs-suivis-dun-asterisque-sont = ვარსკვლავით ( * ) მონიშნული ველები სავალდებულოა.
tm-si-vous-avez-plusieurs-prenoms-indiquez = თუ რამდენიმე სახელი გაქვთ, მიუთითეთ ყველა, მძიმით გამოყოფილი.
tm-algerienne = ალჟირის
tm-afghane = ავღანეთის
tm-erythreenne = ერიტრეის
tm-georgienne = საქართველოს
tm-ukrainienne = უკრაინის
tm-votre-situation-a-la-date-de = თქვენი მდგომარეობა მოთხოვნის თარიღისთვის
tm-avez-vous-des-enfants-a-charge = გყავთ კმაყოფაზე მყოფი ბავშვები?
tm-nom-et-prenom-du-conjoint = მეუღლის გვარი და სახელი
tm-date-du-mariage = ქორწინების თარიღი
tm-date-de-conclusion-du-pacs = PACS-ის (სამოქალაქო კავშირის) დადების თარიღი
tm-ajouter-un-enfant = ბავშვის დამატება
tm-enfant-n = ბავშვი № { $numero }
tm-prenom-de-lenfant = ბავშვის სახელი
tm-date-de-naissance-de-lenfant = ბავშვის დაბადების თარიღი
tm-supprimer-lenfant-n = ბავშვის № { $numero } წაშლა
tm-etape-suivante-recapitulatif = შემდეგი ნაბიჯი: შეჯამება
tm-exemple-06-12-34-56-78 = მაგალითი: 06 12 34 56 78
tm-10-chiffres-il-figure-sur-votre = 10 ციფრი, მითითებულია თქვენს ბინადრობის ნებართვაზე ან დროებით ცნობაზე (récépissé)
tm-jatteste-sur-lhonneur-lexactitude-des = პატიოსნებით ვადასტურებ, რომ მოწოდებული ინფორმაცია სწორია
tm-une-erreur-est-survenue-votre-dossier = მოხდა შეცდომა თქვენი საქმის წარდგენა ვერ მოხერხდა. შეასწორეთ მონიშნული ველები და საქმე ხელახლა წარადგინეთ.
tm-le-champ-adresse-electronique-est = ველი „ელფოსტის მისამართი“ („Adresse électronique“) არასწორია. შეიყვანეთ სწორი ელფოსტის მისამართი, მაგალითად nom@domaine.fr
tm-le-champ-numero-etranger-doit-comporter = ველში „უცხოელის ნომერი“ („Numéro étranger“) უნდა იყოს 10 ციფრი
tm-recapitulatif = შეჯამება
tm-votre-dossier-a-bien-ete-depose = თქვენი საქმე წარდგენილია
tm-un-courriel-de-confirmation-vous-a = დადასტურების ელწერილი გამოგეგზავნათ მისამართზე { $email }.
tm-enfants-a-charge = კმაყოფაზე მყოფი ბავშვები

## app: vue-rdv

tm-prise-de-rendez-vous-guichet-titres = ვიზიტზე ჩაწერა – ბინადრობის ნებართვების სარკმელი
tm-vous-pouvez-prendre-rendez-vous-au = შეგიძლიათ ჩაეწეროთ პრეფექტურის „ბინადრობის ნებართვების“ („Titres de séjour“) სარკმელთან ვიზიტზე. დაწყებამდე წაიკითხეთ სერვისის გამოყენების პირობები: ერთ ადამიანზე მხოლოდ ერთი ვიზიტი, ყოველი არასრული მოთხოვნა გაუქმდება.
tm-jaccepte-les-conditions-generales = ვეთანხმები გამოყენების ზოგად პირობებს
tm-vos-informations = თქვენი მონაცემები
tm-choisissez-le-motif-qui-correspond-a = აირჩიეთ მიზეზი, რომელიც თქვენს მდგომარეობას შეესაბამება
tm-remise-de-titre-de-sejour = ბინადრობის ნებართვის მიღება
tm-premiere-demande-de-titre-de-sejour = ბინადრობის ნებართვის პირველი მოთხოვნა – სტუდენტი
tm-renouvellement-de-titre-de-sejour = ბინადრობის ნებართვის განახლება – დაქირავებული მუშაკი
tm-duplicata-de-titre-de-sejour-perte = ბინადრობის ნებართვის დუბლიკატი (დაკარგვა ან ქურდობა)
tm-changement-dadresse-sur-le-titre-de = მისამართის შეცვლა ბინადრობის ნებართვაზე
tm-tel-quil-figure-sur-votre-passeport = როგორც თქვენს პასპორტშია მითითებული
tm-la-convocation-vous-sera-envoyee-a = ვიზიტზე გამოძახება (convocation) ამ მისამართზე გამოგეგზავნებათ
tm-etape-suivante = შემდეგი ნაბიჯი
tm-veuillez-choisir-le-motif-de-votre = გთხოვთ, აირჩიოთ ვიზიტის მიზეზი
tm-ce-champ-est-obligatoire = ეს ველი სავალდებულოა
tm-veuillez-saisir-une-adresse-electronique = გთხოვთ, შეიყვანოთ სწორი ელფოსტის მისამართი
tm-le-numero-etranger-comporte-10-chiffres = უცხოელის ნომერი 10 ციფრისგან შედგება
tm-recommencer = თავიდან დაწყება

## app: angularjs-caf

tm-declarez-les-ressources-percues-par-2 = მიუთითეთ თქვენი ოჯახის მიერ ბოლო სამი თვის განმავლობაში მიღებული შემოსავლები. ამ დეკლარაციის გარეშე თქვენი RSA-ს ან დასაქმების პრემიის (prime d’activité) გადახდა შეჩერდება.
tm-7-chiffres-il-figure-sur-tous = 7 ციფრი, მითითებულია Caf-ის ყველა წერილზე
tm-avez-vous-percu-des-salaires-au = მიიღეთ ხელფასი ამ კვარტალის განმავლობაში?
tm-votre-situation-familiale-a-t-elle = შეიცვალა თქვენი ოჯახური მდგომარეობა?
tm-indiquez-le-montant-net-avant = მიუთითეთ წმინდა თანხა წყაროსთან გადასახადის დაკავებამდე, ან 0, თუ იმ თვეში არაფერი მიგიღიათ.
tm-montant-des-salaires-percus-mois-en = მიღებული ხელფასის თანხა – თვე { $n } (ევროში)
tm-salaire-net-primes-comprises = წმინდა ხელფასი, პრემიების ჩათვლით
tm-nature-du-changement = ცვლილების ხასიათი
tm-choisissez = აირჩიეთ…
tm-mariage = ქორწინება
tm-pacs = PACS (სამოქალაქო კავშირი)
tm-vie-en-couple = წყვილად ცხოვრება
tm-separation = დაშორება
tm-naissance-ou-arrivee-dun-enfant = ბავშვის დაბადება ან ოჯახში მოსვლა
tm-deces-du-conjoint = მეუღლის გარდაცვალება
tm-date-du-changement = ცვლილების თარიღი
tm-a-savoir-la-date-figure-sur = საყურადღებოა: თარიღი მითითებულია აქტში ან ცვლილების დამადასტურებელ დოკუმენტში (დდ/თთ/წწწწ).
tm-le-numero-allocataire-comporte-7 = დახმარების მიმღების ნომერი 7 ციფრისგან შედგება.
tm-indiquez-un-montant-en-euros-par = მიუთითეთ თანხა ევროში, მაგალითად 1250 ან 0.
tm-la-date-doit-etre-au-format = თარიღი უნდა იყოს დდ/თთ/წწწწ ფორმატში.
tm-votre-declaration-contient-erreurs = თქვენს დეკლარაციაში { $n } შეცდომაა.
tm-envoi-de-votre-declaration-en-cours = თქვენი დეკლარაცია იგზავნება…
tm-votre-declaration-a-bien-ete-enregistree = თქვენი დეკლარაცია დარეგისტრირდა.

## app: rrweb-anef

tm-votre-session-a-expire-pour-des = თქვენი სესია ამოიწურა უსაფრთხოების მიზნით სისტემიდან გამოგიყვანეს. გთხოვთ, ხელახლა შეხვიდეთ.
tm-veuillez-saisir-votre-identifiant-votre = გთხოვთ, შეიყვანოთ მომხმარებლის სახელი: თქვენი უცხოელის ნომერი ან ელფოსტის მისამართი.
