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
