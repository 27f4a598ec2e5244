### Relais — English glossary, translated from the French master (locales/fr/glossary.ftl).
### Machine-drafted by an AI language model, November 2026, not reviewed by a native speaker.
### Same message ids as the French master. Only the value, .explain, .where and .todo are translated.

## Identity

concept-identite = identity
    .explain = This part of the form asks who you are: surname, first name, date and place of birth. Write the information exactly as on your passport or your residence permit.
    .where = Copy it from your passport, your identity card or your residence permit.

concept-nom = surname (last name)
    .explain = "Nom" is your family name, not your first name. Write it exactly as on your identity papers.
    .where = On your passport or residence permit, on the line "Nom".

concept-nom-d-une-chose = name
    .explain = The name is the word for a thing, a place or an organisation: a street, a town, an association, a job. For a person, it is their surname.

concept-au-nom-de = on behalf of
    .explain = Acting on behalf of someone means doing a procedure in their place. For example, a helper fills in a file for you.

concept-nom-de-naissance = surname at birth
    .explain = Your surname at birth is the name written on your birth certificate. It does not change when you marry.
    .where = On your birth certificate or your passport.

concept-nom-d-usage = name in use (e.g. married name)
    .explain = The "nom d'usage" is another name that you use in daily life, for example your husband's or wife's name. If you do not have one, leave this field empty.

concept-prenom = first name
    .explain = Your first name is the personal name you were given at birth, before the family name. If you have several, write them in the same order as on your papers.
    .where = On your passport or residence permit, on the line "Prénom(s)".

concept-sans-prenom = I have no first name
    .explain = Tick this box only if your identity papers show no first name at all. This is the case for some people born abroad.

concept-sexe = sex
    .explain = The website asks whether you are a man or a woman. Choose what is written on your identity papers.
    .where = On your passport or residence permit: M for man, F for woman.

concept-masculin = male
    .explain = "Masculin" means man. Choose it if your papers show M.

concept-feminin = female
    .explain = "Féminin" means woman. Choose it if your papers show F.

concept-civilite = title (Mr, Mrs…)
    .explain = "Civilité" is the polite word placed before your name, such as Madame (Mrs) or Monsieur (Mr). The administration uses it when writing to you.

concept-titre-d-appel = form of address
    .explain = This is the word used to address you in letters, such as Madame, Monsieur or Docteur. Choose the one that suits you.

concept-madame = Mrs / Ms (Madame)
    .explain = Madame is the polite title for a woman, married or not. The administration no longer uses Mademoiselle (Miss).

concept-monsieur = Mr (Monsieur)
    .explain = Monsieur is the polite title for a man.

concept-docteur = Doctor (Dr)
    .explain = Docteur is a title for a person who has a doctorate, often a medical doctor. Choose it only if this applies to you.

concept-inspecteur = Inspector
    .explain = Inspecteur is a job title, for example a labour inspector. On a form, choose it only if it is your job.

concept-sans-reponse = no answer
    .explain = You can choose this answer if you do not want to give this information. This choice is allowed on this form.

concept-date-de-naissance = date of birth
    .explain = This is the day, month and year you were born. Write the date as on your papers, often as day/month/year, for example 05/03/1990.
    .where = On your passport, your residence permit or your birth certificate.

concept-lieu-de-naissance = place of birth
    .explain = This is the town or village where you were born. Write the name as on your identity papers.
    .where = On your passport or your birth certificate.

concept-pays-de-naissance = country of birth
    .explain = This is the country where you were born, even if you have another nationality today. Choose it from the list.

concept-departement-de-naissance = département of birth
    .explain = This is the number of the French département (administrative area) where you were born. If you were born outside France, you often choose "99" or "Étranger" (abroad).

concept-nationalite = nationality
    .explain = Your nationality is the country you are a citizen of, the one that gave you your passport. If you have two nationalities, the website often asks for the main one.
    .where = On your passport or your residence permit.

concept-nationalite-francaise = French (nationality)
    .explain = Choose "Française" only if you have French nationality. A residence permit does not give you French nationality.

concept-etranger = foreign national
    .explain = For the administration, a foreign national is a person who does not have French nationality. It does not depend on where you live.

concept-apatride = stateless
    .explain = A stateless person has the nationality of no country. OFPRA (the French refugee office) can recognise this status and give protection.

concept-jour = day
    .explain = The day is the number of the day in the month, from 1 to 31. It is often written with two digits, for example 05.

concept-mois = month
    .explain = The month is written as a number from 1 to 12, or with its name. January is 01 and December is 12.

concept-annee = year
    .explain = The year is written with four digits, for example 1990. Do not write only the last two digits.

concept-age = age
    .explain = Your age is the number of years since you were born. Some rights depend on your age.

concept-signature = signature
    .explain = Your signature is your personal mark, written by hand, always the same. When you sign, you confirm that the information is true.

concept-filiation = parents (parentage)
    .explain = "Filiation" is the link with your parents. The website asks for the surname and first name of your father and your mother, as on your birth certificate.
    .where = On your birth certificate.

## Marital status and civil status

concept-situation-familiale = family situation
    .explain = The website asks whether you live alone or as a couple, and in what form. Your answer can change the calculation of your benefits or your taxes.

concept-celibataire = single
    .explain = "Célibataire" means that you are neither married nor in a PACS (civil partnership). For taxes, a couple living together without being married or in a PACS makes two separate returns. For the CAF, you must still declare that you live as a couple, because it changes your benefits.

concept-marie = married
    .explain = "Marié" means that you had an official marriage, in France or in another country. Keep your marriage certificate: it is often asked for.

concept-pacse = in a civil partnership (PACS)
    .explain = The PACS is an official contract between two people who live as a couple. It is different from marriage and is made at the town hall or with a notary.

concept-concubinage = living together (unmarried couple)
    .explain = "Concubinage" means that you live as a couple without being married or in a PACS. For the CAF (family benefits office), living as a couple changes the calculation of benefits.

concept-divorce = divorced
    .explain = "Divorcé" means that your marriage was officially ended by a judgment or a legal act. The website may ask for the date of the divorce.

concept-veuf = widowed
    .explain = "Veuf" or "veuve" means that your husband or wife has died. You may be entitled to some benefits.

concept-separe = separated
    .explain = "Séparé" means that you no longer live with your husband or wife, but are not divorced yet. Tell the offices that pay you benefits the date of the separation.

concept-conjoint = spouse
    .explain = Your "conjoint" is the person you are married to. Sometimes the word also means your PACS partner or the person you live with as a couple.

concept-enfant-a-charge = dependent child
    .explain = A dependent child lives with you and you pay for their needs. The number of dependants changes the amount of benefits and taxes.

concept-mineur = minor (under 18)
    .explain = A minor is a person under 18. For them, a parent or a legal representative often does the procedures.

concept-majeur = adult (18 or over)
    .explain = An adult is a person aged 18 or over. They do their procedures themselves.

concept-etat-civil = civil status (register)
    .explain = "État civil" means the official information about you: birth, marriage, death, name. The civil status office of the town hall makes the official certificates.

concept-acte-de-naissance = birth certificate
    .explain = The birth certificate is the official document that proves your birth, your names and your parents. If you were born abroad, a translation may be asked for.
    .where = Born in France: ask the town hall of your place of birth. Born abroad: ask the authorities of your country of birth. For people protected by OFPRA, OFPRA makes it.

concept-acte-de-mariage = marriage certificate
    .explain = The marriage certificate is the official document that proves your marriage. It is made by the town hall or the authority of the country where you married.

concept-livret-de-famille = family record book
    .explain = The "livret de famille" is a small official booklet given by the town hall at marriage or at the birth of the first child. It lists the parents and the children.

## Contact details

concept-coordonnees = contact details
    .explain = Your contact details are the ways to reach you: address, phone, email address. Check them carefully, or you will not receive the answers.

concept-adresse-electronique = email address
    .explain = This is your email address, for example name@example.fr, with the @ sign. Choose an address that you can open, because codes and answers are sent there.

concept-numero-de-telephone = phone number
    .explain = Write the number where you can be called. A French number has 10 digits and starts with 0.

concept-telephone-portable = mobile phone
    .explain = This is the number of your mobile phone, which in France often starts with 06 or 07. The website may send codes to it by SMS (text message).

concept-telephone-fixe = landline phone
    .explain = This is the number of a phone connected to a home or an office. If you do not have one, leave this field empty.

concept-indicatif = country calling code
    .explain = The calling code is the country code placed before the phone number. For France it is +33, and then you remove the first 0.

concept-sms = SMS (text message)
    .explain = An SMS is a written message received on your mobile phone. Websites often send a code by SMS.

## Address

concept-adresse = address
    .explain = This is the place where you live or receive your mail. The administration will send you letters at this address.

concept-adresse-postale = postal address
    .explain = This is the address where the post office delivers your mail. It can be different from where you sleep, for example a "domiciliation" (mail address at an organisation).

concept-complement-d-adresse = additional address details
    .explain = This field is for details that help the postman: building, floor, flat, name on the letterbox. It is often optional.

concept-numero = street number
    .explain = In an address, this is the number of the house or building in the street. It may have "bis" or "ter" after the number.

concept-numero-d-identification = number
    .explain = A number is a series of digits, sometimes with letters, that identifies something: a file, a card, a phone. Copy it without changing anything.

concept-voie = street
    .explain = The "voie" is the street of your address: rue, avenue, boulevard, chemin, place. Write its type and its name, without the number.

concept-batiment = building
    .explain = If your housing estate has several buildings, write the letter or number of yours. This helps the postman find your letterbox.

concept-immeuble = block of flats (building)
    .explain = An "immeuble" is a building with several floors and several homes. Write its name or number if it has one.

concept-escalier = staircase
    .explain = In some buildings, the staircases have a letter or a number. Write the one for your home if you know it.

concept-numero-d-appartement = flat (apartment) number
    .explain = This is the number of your home in the building. It is often written on the door or in your lease.

concept-etage = floor
    .explain = The floor is the level of your home in the building. The ground floor ("rez-de-chaussée") is floor 0.

concept-lieu-dit = locality (lieu-dit)
    .explain = A "lieu-dit" is the name of a small place in the countryside, without a street name. Write it if it is part of your address.

concept-commune-deleguee = former merged municipality (commune déléguée)
    .explain = A "commune déléguée" is a former municipality that joined another municipality. Its name sometimes stays in the address.

concept-boite-postale = PO box (BP)
    .explain = A PO box ("boîte postale") is a box at the post office where you receive your mail. It has a number, often written BP and a number.

concept-cedex = Cedex
    .explain = Cedex is a word added to some addresses of companies or administrations that receive a lot of mail. If your address does not have it, leave this field empty.

concept-code-postal = postcode
    .explain = The postcode is a 5-digit number for the town or the district. For example 75011 for a part of Paris.
    .where = On a letter received at your address, before the name of the town.

concept-commune = town or municipality
    .explain = The "commune" is the town or village where you live. You often choose it from a list after writing the postcode.

concept-departement = département (administrative area)
    .explain = France is divided into "départements", which have a number. Your préfecture is the one of the département where you live.

concept-pays = country
    .explain = Choose the country from the list. For an address in France, choose France.

concept-changement-d-adresse = change of address
    .explain = When you move home, you must give your new address to the administrations. For a residence permit, tell the préfecture within 3 months.

concept-hebergement = staying with someone (hosted)
    .explain = Being "hébergé" means that you live in another person's home, without paying rent or paying little. The website often asks for a proof signed by this person.

concept-attestation-d-hebergement = letter from your host (attestation d'hébergement)
    .explain = This is a letter signed by the person who houses you, saying that you live at their home. Add a copy of their ID and a proof of address in their name.

concept-justificatif-de-domicile = proof of address
    .explain = This is a recent document that proves your address: electricity bill, rent receipt, letter from your host. It is often less than 3 months old.

concept-domiciliation = mail address at an organisation (domiciliation)
    .explain = If you do not have a stable address, a CCAS (town social services) or an approved association can receive your mail. This address lets you do your procedures.
    .where = The certificate is given to you by the CCAS or the association that provides your address.

concept-sans-domicile-stable = no fixed address
    .explain = You have no fixed address if you do not have a home of your own. You still have the right to an address for your mail: the "domiciliation".

## Account and login

concept-identifiant = username (login ID)
    .explain = The "identifiant" is the name or number that identifies you on the website. Depending on the website, it is your email address, a number or a name you chose.
    .where = On ANEF (the online residence permit service), it is often your foreign national number. On the tax website, it is your tax number.

concept-mot-de-passe = password
    .explain = The password is a secret code that you choose to enter your account. Do not give it to anyone, and write it down in a safe place.

concept-confirmation-du-mot-de-passe = confirm password
    .explain = Write the same password a second time. This way the website checks that you made no typing mistake.

concept-se-connecter = log in
    .explain = Logging in means entering your account with your username and your password. After that, you can see your file.

concept-connexion = login
    .explain = "Connexion" is the entry into your personal account on the website. You need your username and your password.

concept-se-deconnecter = log out
    .explain = Logging out means leaving your account. Always do it on a shared computer, to protect your information.

concept-creer-un-compte = create an account
    .explain = Creating an account means registering on the website for the first time. You choose a username and a password, and you often receive an email to confirm.

concept-compte = account
    .explain = Your account is your own space on the website. It keeps your applications, your documents and your messages.

concept-prendre-en-compte = take into account
    .explain = "Prendre en compte" means looking at a piece of information and using it to decide. This word has nothing to do with your account on the website.

concept-mot-de-passe-oublie = forgotten password
    .explain = Click here if you no longer remember your password. The website sends you a link or a code to choose a new one.

concept-reinitialiser-le-mot-de-passe = reset password
    .explain = Resetting means replacing your password with a new one. Follow the link received by email and choose a password that you will not forget.

concept-se-souvenir-de-moi = remember me
    .explain = If you tick this box, the website keeps your username for next time. Do not tick it on a shared computer.

concept-franceconnect = FranceConnect
    .explain = FranceConnect lets you enter a government website with an account you already have, for example Ameli or L’Identité Numérique La Poste. You do not need a new password.

concept-identite-numerique = digital identity
    .explain = A digital identity is a secure way to prove who you are on the internet, with an app on your phone. You can use it with FranceConnect.

concept-validation-en-deux-etapes = two-step verification
    .explain = In addition to the password, the website asks you for a code received by SMS, by email or in an app. This protects your account.

concept-code-de-verification = verification code
    .explain = The website sends you a code by SMS or by email to check that it is really you. Copy it quickly, because it only works for a few minutes.
    .where = Look at your text messages or your email inbox, and also in the "courrier indésirable" or "spam" (junk mail) folder.

concept-lien-d-activation = activation link
    .explain = After you register, the website sends you an email with a link. Click this link to activate your account, often within a limited time.
    .where = In your email inbox, and also in the "spam" or "courrier indésirable" (junk mail) folder.

concept-espace-personnel = personal area
    .explain = The personal area is the part of the website reserved for you, after you log in. There you follow your applications and find your documents.

concept-messagerie = messages (inbox)
    .explain = The "messagerie" lets you write to the administration and read its answers in your account. Check it often, because important messages can arrive there.

concept-profil = profile
    .explain = Your profile contains the information about you kept by the website: name, address, phone. You can often correct it here.

## Navigation and buttons

concept-afficher = show
    .explain = "Afficher" means show on the screen. Next to a password, this button shows the characters you typed.

concept-masquer = hide
    .explain = "Masquer" means hide. The password becomes dots or stars again.

concept-valider = confirm (validate)
    .explain = "Valider" means confirm and send your answers. Read again before clicking, because sometimes you can no longer make changes afterwards.

concept-envoyer = send
    .explain = "Envoyer" sends your form or your message to the administration. After sending, keep the confirmation or take a screenshot.

concept-suivant = next
    .explain = The "Suivant" button takes you to the next step. Elsewhere, "suivant" means "that comes after", for example "les documents suivants" (the following documents).

concept-precedent = previous
    .explain = The "Précédent" button takes you back to the step before, to read it again or correct it. Elsewhere, "précédent" means "before", for example "l'année précédente" (the previous year).

concept-retour = back
    .explain = "Retour" takes you back to the page before. Be careful: some answers may be lost.

concept-annuler = cancel
    .explain = "Annuler" stops the current action, without saving what you did on this page.

concept-enregistrer = save (register)
    .explain = The "Enregistrer" button keeps your answers, but your application is not sent yet. "Enregistrer une demande" can also mean to officially register an application, for example an asylum claim.

concept-brouillon = draft
    .explain = A draft is an application that was started but not sent. The administration cannot see it until you send it.

concept-modifier = edit (change)
    .explain = "Modifier" lets you change information that you already wrote.

concept-mise-a-jour = update
    .explain = "Mettre à jour" means changing a piece of information so that it is right today. For example, writing your new address.

concept-supprimer = delete
    .explain = "Supprimer" deletes the item for ever, for example a file you added. Check before clicking.

concept-rechercher = search
    .explain = "Rechercher" lets you find a page or information by typing a word.

concept-telecharger = download
    .explain = "Télécharger" means copying a document from the website to your phone or computer. Some websites also use this word for sending a file to the website.

concept-televerser = upload
    .explain = "Téléverser" means sending a file from your phone or computer to the website. For example a photo or a scan of your passport.

concept-deposer-un-dossier = submit (a file or an application)
    .explain = To submit ("déposer") a file or an application means to send it to the administration. Before, check that it is complete. After, keep the proof of submission.

concept-ajouter-un-fichier = add a file
    .explain = This button opens your folders so you can choose the document to send. Check the required format and size before choosing it.

concept-imprimer = print
    .explain = "Imprimer" puts the document on paper with a printer. You can also save it as a PDF to keep it.

concept-fermer = close
    .explain = "Fermer" makes the window or the message disappear from the screen.

concept-menu = menu
    .explain = The menu is the list of the parts of the website. Click on it to see the available pages.

concept-accueil = home (home page)
    .explain = "Accueil" is the first page of the website. You can go back to it if you are lost.

concept-aide = help
    .explain = "Aide" gives explanations about the website and the procedures. The word "aide" also means a sum of money given by an organisation (a benefit).

concept-nous-contacter = contact us
    .explain = This page lets you write to the administration, often with a form. Keep a copy of your message and of the answer.

concept-foire-aux-questions = frequently asked questions (FAQ)
    .explain = This is a page with the questions people often ask, and their answers.

concept-recapitulatif = summary
    .explain = The summary shows all your answers before sending. Read it carefully and correct any mistakes before you confirm.

concept-etape = step
    .explain = An online procedure is divided into steps. The website often shows which step you are at and how many are left.

concept-tableau-de-bord = dashboard
    .explain = The dashboard is the main page of your account. It shows your applications, their status and your messages.

concept-demarche = procedure (formality)
    .explain = A "démarche" is what you do to get something from the administration: a document, a benefit, a right.

concept-voie-electronique = electronically (online)
    .explain = "Par voie électronique" means via the internet: on a website, by email or in your account. It is not an address.

concept-demarche-en-ligne = online procedure
    .explain = An online procedure is done on the internet, without going to a counter. If you cannot manage it, ask for help. For a residence permit, another solution must exist if the website does not work for you, even with help.

concept-capture-d-ecran = screenshot
    .explain = A screenshot is a picture of what your screen shows. It can prove a problem, for example that no appointment is available, with the date and time.

concept-cookies = cookies
    .explain = Cookies are small files that the website keeps in your browser. The website must ask your agreement for the ones that are not necessary. Refusing must be as easy as accepting.

concept-accessibilite = accessibility
    .explain = Accessibility means that the website must be usable by everyone, even with a disability. If it is not, you can report it.

concept-mentions-legales = legal notice
    .explain = This page says who runs the website and who is responsible. It is not useful for your procedure.

concept-conditions-generales = terms of use
    .explain = These are the rules for using the website. The website often asks you to accept them before continuing.

concept-parametres-d-affichage = display settings
    .explain = Here you choose how the website looks: light or dark colours. This does not change your procedure.

concept-theme-clair = light theme
    .explain = The light theme shows dark text on a white background.

concept-theme-sombre = dark theme
    .explain = The dark theme shows light text on a dark background. It can be easier on the eyes.

concept-theme-systeme = system (same as your device)
    .explain = Here, "système" means that the website uses the same colours as your phone or your computer.

concept-republique-francaise = French Republic (République française)
    .explain = This logo shows that the website belongs to the French State. Beware of fake websites that ask for money for a free procedure.

concept-navigateur = web browser
    .explain = The browser is the program that opens websites, such as Chrome, Firefox, Safari or Edge.

concept-service-public-fr = Service-Public.fr (official information website)
    .explain = This is the official website that explains your rights and procedures in France. It also gives links to the right forms.

concept-demarches-simplifiees = démarches-simplifiées (government forms website)
    .explain = This is a government website where many administrations put their forms online. You submit your file there and follow the answer.

## Forms

concept-demande = application (request)
    .explain = A "demande" is what you send to the administration to get something: a permit, a benefit, an appointment.

concept-champ-de-saisie = input field
    .explain = An input field is a box where you type an answer with the keyboard.

concept-saisir = enter (fill in)
    .explain = "Saisir" or "renseigner" means writing information in a field of the form. In law, "saisir un juge" means asking a judge to decide.

concept-libelle = label
    .explain = The label is the text placed above a box. It says what you must write or choose.

concept-legende = caption (group title)
    .explain = The "légende" is the title of a group of questions. It explains what these questions ask together.

concept-case-a-cocher = checkbox
    .explain = A checkbox is a small square. Click on it to say yes, and click again to remove the mark.

concept-cocher = tick (check)
    .explain = "Cocher" means clicking in a box to put a mark in it. It means yes or I agree.

concept-bouton-radio = radio button
    .explain = A radio button is a small circle. You can choose only one answer in the group.

concept-liste-deroulante = drop-down list
    .explain = A drop-down list opens when you click on it. Then choose an answer from the list.

concept-selectionner-une-option = select an option
    .explain = "Sélectionner" means choosing an answer from a list. Click on the list, then on your answer.

concept-option = option
    .explain = An option is one of the possible choices in a list.

concept-champ-obligatoire = required field
    .explain = You must fill in this field, or the form will not be sent. It is often marked with a star *.

concept-optionnel = optional
    .explain = "Optionnel" means that you do not have to answer. You can leave this field empty.

concept-format-attendu = expected format
    .explain = The expected format shows how to write the answer, for example the date as DD/MM/YYYY (JJ/MM/AAAA in French). Follow it, or the website shows an error.

concept-exemple = example
    .explain = The example shows a possible answer. Do not copy it; write your own information in the same way.

concept-indication = hint
    .explain = The hint is a short text under the question. It explains how to answer.

concept-texte-de-description = description text
    .explain = This text gives more explanation about the question. Read it before answering.

concept-fichier = file
    .explain = A file is a document kept on your phone or your computer: photo, scan, PDF.

concept-format-de-fichier = file format
    .explain = The format is the type of file, written after the dot in its name: pdf, jpg, png. The website only accepts the formats listed.

concept-taille-maximale = maximum size
    .explain = This is the largest size accepted for a file, often in MB (Mo in French). If your file is too big, lower the quality of the scan or photo.

concept-caractere = character
    .explain = A character is a letter, a digit, a space or a sign. The website sometimes counts the number of characters written.

concept-caractere-special = special character
    .explain = A special character is a sign that is neither a letter nor a digit, for example ! @ # or ?. Many passwords need at least one.

concept-chiffre = digit
    .explain = A digit is one of the signs from 0 to 9. A password must often contain at least one.

concept-chiffre-d-affaires = turnover (business income)
    .explain = Turnover is all the money received by a business, before taking away the expenses. Micro-entrepreneurs (self-employed) declare it to URSSAF.

concept-majuscule = capital letter
    .explain = A capital is a big letter, like A, B, C. Some fields ask you to write your name in capitals.

concept-minuscule = lower-case letter
    .explain = A lower-case letter is a small letter, like a, b, c.

concept-piece-jointe = attachment
    .explain = An attachment is a file added to a message or an application.

concept-piece-justificative = supporting document
    .explain = This is a document that proves what you declare: passport, proof of address, payslip. The website gives the list of documents required.

concept-montant = amount
    .explain = The amount is a sum of money, in euros. Write only the figures, without the € sign, if the website asks for it.

concept-motif = reason
    .explain = The "motif" is the reason for your application or your appointment. Choose the one that matches your situation.

concept-attestation-sur-l-honneur = sworn statement (attestation sur l'honneur)
    .explain = This is a text where you declare in writing that your information is true. A false declaration can be punished.

concept-consentement = consent
    .explain = Giving your consent means accepting something, for example the use of your data. Read the text before ticking.

concept-donnees-personnelles = personal data
    .explain = This is information about you: name, address, numbers, health. The law protects this data, and you can ask to see it or correct it.

concept-mention-cnil = data protection notice (CNIL)
    .explain = This text explains what the administration does with your data and how long it keeps it. It also says how to use your rights over this data.

concept-cnil = CNIL (French data protection authority)
    .explain = The CNIL is the authority that protects your personal data in France. You can make a complaint to it if your data is misused.

concept-rgpd = RGPD (GDPR, EU data protection law)
    .explain = The RGPD (GDPR in English) is the European law that protects your personal data. It gives you the right to see, correct or delete your data.

## CAPTCHA

concept-captcha = captcha (anti-robot test)
    .explain = A captcha is a test that checks that a person, and not a program, is using the website. There is often an audio version for people who cannot see well.
    .todo = If you cannot pass it, try the audio version or ask for help. Keep a screenshot of each failure: it is proof that the website is blocking you.

concept-je-ne-suis-pas-un-robot = I am not a robot
    .explain = Tick this box to show that you are a person. Sometimes the website then asks you to choose pictures.
    .todo = If the test fails several times, try the audio version. If you are still blocked, take a screenshot and ask for another way to do the procedure.

concept-code-de-securite = security code
    .explain = Copy the letters and digits shown in the picture, in the same order. Pay attention to capital letters.

concept-version-audio = audio version
    .explain = This button reads the code aloud, for people who cannot see the picture well. Then write what you hear.

concept-nouvelle-image = new image
    .explain = If you cannot read the code, this button shows another one.

## Residence of foreign nationals

concept-titre-de-sejour = residence permit
    .explain = The residence permit is the card that gives you the right to live in France. It has an end date: apply for renewal before it.
    .where = You received it at the préfecture. Also keep the récépissé (receipt) if you have one.

concept-carte-de-sejour-temporaire = temporary residence card
    .explain = This is a residence permit valid for one year at most. Before its end date, apply to renew it: depending on your situation, you may then get a multi-year card.

concept-carte-de-sejour-pluriannuelle = multi-year residence card
    .explain = This is a residence permit valid for several years, often up to 4 years. You usually get it after a first one-year permit.

concept-carte-de-resident = resident card (10-year card)
    .explain = The resident card is a 10-year residence permit. It gives more stability and allows you to work.

concept-recepisse = receipt (récépissé)
    .explain = The récépissé is a paper from the préfecture that proves your application is being processed. While it is valid, you are legally resident.
    .where = It shows your foreign national number and its end date. Always keep it with your passport.

concept-attestation-de-prolongation-d-instruction = certificate of extension during processing
    .explain = If your renewal application is complete and made on time, ANEF gives you this document while it is examined. With your old permit, it proves that you are still legally resident and keeps your rights, such as work. It lasts 3 months at most and can be renewed.
    .where = Download it from your ANEF account. A new certificate may arrive if the examination takes a long time.

concept-attestation-de-depot = proof of submission
    .explain = This document proves that you really sent your application online, with the date. Be careful: it does not prove that your stay is legal. Keep it carefully.
    .where = In your ANEF account or in the email received after sending.

concept-attestation-de-decision-favorable = certificate of favourable decision
    .explain = This document says that the préfecture accepted your residence permit application. It proves your right to stay while you wait for the card.
    .where = In your ANEF account.

concept-autorisation-provisoire-de-sejour = temporary residence authorisation (APS)
    .explain = The APS is a short-term residence document, given in certain specific cases. For example, a person under temporary protection, who came from Ukraine, receives a renewable 6-month APS. This APS allows you to work.

concept-visa = visa
    .explain = The visa is the permission to enter France, stuck in your passport. A short-stay visa allows you to stay 90 days at most in any period of 180 days.
    .where = In your passport, on a full page.

concept-vls-ts = long-stay visa serving as a residence permit (VLS-TS)
    .explain = This visa lets you live in France for its duration, from 4 months to 1 year, like a residence permit. You must validate it online within 3 months of your arrival.

concept-validation-du-visa = visa validation
    .explain = The long-stay visa is validated online on the ANEF website. You pay a fee with a tax stamp (timbre fiscal), then keep the validation certificate.
    .where = You need the visa number, the date you entered France and your address.

concept-numero-de-visa = visa number
    .explain = This is the number of the visa sticker in your passport. The website asks for it to validate your visa.
    .where = At the top right of the visa sticker in your passport.

concept-numero-etranger = foreign national number (AGDREF)
    .explain = The foreign national number is your personal number at the préfecture, with 9 or 10 digits. Keep it: you need it for your residence procedures.
    .where = On your residence permit and on your récépissé. It is often used as your username on ANEF.

concept-anef = ANEF (online service for foreign nationals)
    .explain = ANEF is the government website for residence permit, naturalisation or visa validation applications. Most of these applications can now be made only there.

concept-ofii = OFII (French immigration and integration office)
    .explain = OFII welcomes foreign nationals arriving in France. It does the medical check, the integration contract, and pays the allowance for asylum seekers.

concept-prefecture = préfecture (local state office)
    .explain = The préfecture is the State office in your département. It decides on residence permits.

concept-sous-prefecture = sous-préfecture (local branch of the préfecture)
    .explain = The sous-préfecture is a State office smaller than the préfecture, in some towns of the département. It sometimes handles residence applications.

concept-guichet = counter (service desk)
    .explain = The "guichet" is the counter where an official receives the public. Many counters now only receive people by appointment.

concept-guichet-unique-asile = one-stop asylum desk (GUDA)
    .explain = The GUDA is the office at the préfecture where you register your asylum claim. There you receive the asylum claim certificate.

concept-spada = SPADA (first reception service for asylum seekers)
    .explain = The SPADA is the first reception point for asylum seekers. It gives you the appointment at the GUDA and can provide you with a mail address.

concept-convocation = summons (official appointment letter)
    .explain = A "convocation" is a letter asking you to come to a place on a precise day and time. Come with the letter and all the papers asked for.
    .todo = If you cannot come, tell the administration quickly in writing and keep a proof.

concept-naturalisation = naturalisation
    .explain = Naturalisation is the application to become French. It is made on ANEF and usually requires several years of residence in France.

concept-regroupement-familial = family reunification
    .explain = Family reunification lets you bring your husband or wife and your minor children to France. You need enough income and a large enough home.

concept-admission-exceptionnelle-au-sejour = exceptional admission to residence (regularisation)
    .explain = This is a residence permit application for an undocumented person, for work or family reasons. The préfecture decides case by case.

concept-etranger-malade = residence permit for medical reasons
    .explain = This residence permit is for a seriously ill person who cannot be treated in their own country. An OFII doctor gives an opinion on your file.

concept-demande-d-asile = asylum claim
    .explain = An asylum claim is a request for France's protection, if you are in danger in your country. OFPRA decides.

concept-demandeur-d-asile = asylum seeker
    .explain = An asylum seeker has asked for France's protection and is waiting for the decision. In general, they have the right to stay in France while their claim is examined, with the asylum application certificate.

concept-attestation-de-demande-d-asile = asylum claim certificate
    .explain = This document proves that you have claimed asylum and that your stay is legal. You must renew it before its end date.
    .where = It is given to you at the one-stop desk (GUDA) of the préfecture.

concept-refugie = refugee
    .explain = Refugee status is a protection given by OFPRA or the CNDA (asylum court). It gives the right to a 10-year resident card.

concept-protection-subsidiaire = subsidiary protection
    .explain = Subsidiary protection is given to a person who is threatened in their country but not recognised as a refugee. It gives the right to a multi-year residence card.

concept-ofpra = OFPRA (French office for refugees and stateless persons)
    .explain = OFPRA examines asylum claims and decides whether to give protection. It also makes the civil status papers of protected people.

concept-cnda = CNDA (National Asylum Court)
    .explain = The CNDA is the court where you challenge a refusal by OFPRA. The time limit for this appeal is one month. To get a lawyer paid by legal aid, ask for it within 15 days.

concept-passeport = passport
    .explain = The passport is the identity and travel document given by your country. Many residence permit applications ask for it.
    .where = The number is at the top right of the page with your photo.

concept-passeport-talent = talent passport (passeport talent)
    .explain = This is a residence card for several years, up to 4 years, for qualified people, researchers, artists or people creating a business. It is now called the « talent » residence card.

concept-dcem = travel document for foreign minors (DCEM)
    .explain = The DCEM lets a foreign child who lives in France travel and come back without a visa. The application is made for the minor child.

concept-titre-d-identite-et-de-voyage = identity and travel document (TIV)
    .explain = The TIV is a travel document given by the préfecture to some protected people. It replaces the passport when you cannot get one from your country.

concept-titre-de-voyage = travel document
    .explain = The travel document replaces the passport for refugees and stateless people. It does not allow refugees to go to the country they fled.

concept-oqtf = obligation to leave French territory (OQTF)
    .explain = The OQTF is a decision of the préfecture ordering you to leave France. The time limit to challenge it in court is very short, sometimes a few days.
    .todo = Read the date of the letter and contact an association or a lawyer immediately. Keep the envelope.

concept-irtf = ban on returning to French territory (IRTF)
    .explain = The IRTF forbids you to come back to France for a set period. It often comes with an OQTF and can also be challenged.

concept-contrat-d-integration-republicaine = republican integration contract (CIR)
    .explain = The CIR is a contract signed with OFII when you arrive. It includes French lessons and training about life in France.

concept-visite-medicale = medical check
    .explain = OFII may summon you to a medical check after your arrival. It is compulsory for some residence permits.

concept-date-d-expiration = expiry date
    .explain = This is the date when your document is no longer valid. Apply for renewal before this date.
    .where = On the residence permit, the récépissé or the passport, often next to "Valable jusqu'au" (valid until).

concept-date-de-delivrance = date of issue
    .explain = This is the date when the administration gave you the document.
    .where = On the document itself, often near the expiry date.

concept-date-d-entree-en-france = date of entry into France
    .explain = This is the day you arrived in France. Keep proofs: stamp in your passport, plane or train ticket.
    .where = On the entry stamp in your passport.

concept-renouvellement = renewal
    .explain = Renewal is the application for a new permit when the old one is about to end. On ANEF, apply to renew a residence permit between 120 and 60 days before its end date. For a permit applied for at a counter, it is within the 2 months before the end date.

concept-premiere-demande = first application
    .explain = Choose "première demande" if you have never had this type of permit or document.

concept-changement-de-statut = change of status
    .explain = A change of status is an application for another type of residence permit. For example going from student to employee.

concept-etudiant = student
    .explain = This residence permit is for people enrolled in a school or a university. It allows you to work at most 964 hours a year, that is 60% of full time. Different rules exist for some countries, such as Algeria.

concept-salarie = employee
    .explain = An employee works for an employer with an employment contract. The "salarié" residence permit is linked to this job.

concept-situation-professionnelle = employment status
    .explain = What you do for a living: employee, job seeker, student or not working. Choose your situation today.

concept-travailleur-temporaire = temporary worker
    .explain = This residence permit is for a job of less than one year, for example a short contract. It lasts as long as the contract.

concept-vie-privee-et-familiale = private and family life
    .explain = This residence permit is given for your family ties in France, for example with a French husband or wife or a French child. It allows you to work.

concept-autorisation-de-travail = work permit
    .explain = The work permit allows a foreign national to work in France. Often the employer applies for it online.

concept-ceseda = CESEDA (French immigration and asylum code)
    .explain = The CESEDA is the book of laws on the residence of foreign nationals and asylum in France. Letters from the préfecture quote its articles.

concept-dossier = file (case file)
    .explain = The "dossier" brings together your application and all your documents. The administration examines it to make a decision.

concept-numero-de-dossier = file number
    .explain = This is the number that identifies your application. Write it down: you will need it to write to the administration.
    .where = In the confirmation email, on the proof of submission or in your account.

concept-instruction = being processed
    .explain = "Instruction" is the examination of your file by the administration. During this time, you wait for the decision.

concept-decision = decision
    .explain = The decision is the administration's answer to your application: yes or no. A written decision also says how to challenge it.

concept-refus = refusal
    .explain = A refusal means that the administration said no to your application. You can challenge it, but the time limit is short.
    .todo = Keep the letter and the envelope, write down the date you received it, and quickly contact an association or a lawyer.

## Justice and appeals

concept-recours = appeal (challenge)
    .explain = A "recours" is a request to challenge a decision. You write to the administration itself, or you go before a judge.

concept-delai-de-recours = time limit for appeal
    .explain = This is the time you have to challenge a decision. It is often 2 months, sometimes much less.
    .where = At the end of the decision letter, in the part "voies et délais de recours" (how and when to appeal).

concept-decision-implicite-de-rejet = implicit rejection (no answer means no)
    .explain = If the administration does not answer for a certain time, the law sometimes considers it a refusal. For a residence permit, this time is 4 months.
    .todo = Keep proof of the date of your application. After this time, you can appeal.

concept-tribunal-administratif = administrative court
    .explain = The administrative court judges disputes with the administration, for example a refused residence permit. For the CAF, it judges disputes about housing benefit and RSA; family allowances go to the judicial court (tribunal judiciaire). A prior appeal is sometimes compulsory: read the "voies et délais de recours" on the letter.

concept-refere = emergency court procedure (référé)
    .explain = The "référé" is a fast procedure before the judge in urgent cases. For example, the judge can order the préfecture to give you an appointment.
    .todo = For the "référé mesures utiles", you must prove your attempts: keep dated screenshots, taken several times over several weeks.

concept-requete = application to the court (requête)
    .explain = The "requête" is the written request you send to the court. It explains what you are challenging and why. On a website, "requête" also means a request sent to the website's computer.

concept-avocat = lawyer
    .explain = A lawyer advises you and defends you before the judge. If you have a low income, legal aid can pay for the lawyer.

concept-aide-juridictionnelle = legal aid
    .explain = Legal aid pays all or part of the lawyer's and court costs, if your income is low. Ask for it at the court or through your lawyer.

concept-conseil-d-etat = Council of State (Conseil d'État)
    .explain = The Conseil d'État is the highest court for disputes with the administration. On 3 June 2022, it ruled that the State may make ANEF mandatory for residence permits. But the State must help you and offer another solution if, even with help, the website does not work for you.

concept-defenseur-des-droits = Defender of Rights (Défenseur des droits)
    .explain = The Défenseur des droits helps people for free when they have a problem with an administration or face discrimination. You can contact it online, by phone or see a local delegate.

concept-mediateur = mediator
    .explain = A mediator helps settle a disagreement with an administration, without going to court. You often must have written to the administration first.

concept-reclamation = complaint
    .explain = A "réclamation" is a message to say that you disagree or that there is a mistake. Keep a copy and the date you sent it.

concept-recours-amiable = amicable appeal (review board)
    .explain = To challenge a decision of the CAF or the Assurance Maladie, first write to their review board (commission de recours amiable), usually within 2 months. This appeal is often compulsory before going to court. For the RSA, the prior appeal goes to the département council (conseil départemental).

concept-preuve = proof (evidence)
    .explain = A proof is a document that shows what happened: letter, email, dated screenshot. Keep them all; they can be used before a judge.

concept-alternative-non-numerique = non-digital alternative
    .explain = For a residence permit, if ANEF does not work for you even with help, the State must offer another solution. The Conseil d'État said so on 3 June 2022. For other procedures, it depends: ask the administration.
    .todo = First ask for help from the ANEF contact centre or from the digital help desk at the prefecture. Keep proof: emails and dated screenshots. If that is not enough, ask in writing for another solution.

concept-point-justice = legal advice point (point-justice)
    .explain = In a "point-justice", legal experts give you free advice about your rights.

concept-plainte = police complaint
    .explain = Making a complaint ("porter plainte") means telling the police or the gendarmerie that you were a victim. You can make a complaint even without a residence permit.

concept-casier-judiciaire = criminal record
    .explain = The criminal record lists a person's convictions. Some procedures ask for an extract, which you get for free online.

## Social benefits

concept-caf = CAF (family benefits office)
    .explain = The CAF pays financial benefits: housing benefits, RSA, prime d'activité, benefits for children. Each département has its own CAF.

concept-msa = MSA (farmers' social security)
    .explain = The MSA does the work of the CAF and of the Assurance Maladie (health insurance) for people who work in agriculture.

concept-allocataire = benefit claimant
    .explain = The "allocataire" is the person who receives CAF or MSA benefits for their household.

concept-numero-allocataire = CAF claimant number
    .explain = This is your file number at the CAF. Keep it to write to or call the CAF. To log in on caf.fr, you usually use your social security number.
    .where = At the top of CAF letters and on the payment certificate.

concept-prestation = benefit
    .explain = A "prestation" is help, often money, paid by an organisation such as the CAF or the Assurance Maladie.

concept-rsa = RSA (basic income support)
    .explain = The RSA is financial help for people who have very little or no income, usually from age 25. You must declare your income every 3 months.

concept-prime-d-activite = in-work benefit (prime d'activité)
    .explain = The "prime d'activité" is a CAF benefit for people who work and earn little. You must declare your income every 3 months.

concept-aide-au-logement = housing benefit
    .explain = This is a CAF or MSA benefit to pay part of the rent. The amount depends on your income, your rent and your family.

concept-apl = APL (personalised housing benefit)
    .explain = The APL is a housing benefit for approved ("conventionné") housing, often social housing. It can be paid directly to the landlord, who deducts it from the rent. Otherwise, it is paid to you.

concept-als = ALS (social housing allowance)
    .explain = The ALS is a housing benefit for people without dependent children who are not entitled to the APL. Students often receive it.

concept-alf = ALF (family housing allowance)
    .explain = The ALF is a housing benefit for families, for example with dependent children, who are not entitled to the APL.

concept-allocations-familiales = family allowance
    .explain = Family allowance is paid every month by the CAF if you have at least 2 dependent children. The amount depends on your income.

concept-paje = Paje (benefits for young children)
    .explain = The Paje groups together the CAF benefits for a birth and young children. It also helps pay for childcare.

concept-allocation-de-rentree-scolaire = back-to-school allowance (ARS)
    .explain = The ARS is a benefit paid at the end of summer for each child aged 6 to 18 who goes to school. It depends on your income.

concept-aah = AAH (disabled adult allowance)
    .explain = The AAH is financial help for adults with a disability who have a low income. The MDPH decides, then the CAF or the MSA pays it.

concept-mdph = MDPH (disability services centre)
    .explain = The MDPH examines the applications of people with disabilities, for example the AAH or the mobility inclusion card (CMI). The CMI has replaced the disability card (carte d'invalidité) since 2017. An old disability card remains valid at the latest until 31 December 2026.

concept-allocation-de-soutien-familial = family support allowance (ASF)
    .explain = The ASF helps a parent who raises a child alone, when the other parent pays no or little child maintenance.

concept-complement-familial = family supplement
    .explain = The "complément familial" is a CAF benefit for families with at least 3 children over 3 years old and a modest income.

concept-pension-alimentaire = child maintenance (alimony)
    .explain = This is the money that a separated parent pays to the other for the children. The CAF can help if this money is not paid.

concept-quotient-familial = family quotient (QF)
    .explain = The family quotient is a calculation made with your income and the size of your family. The town hall and other services use it to set their prices.
    .where = On your family quotient certificate, to download from the CAF website.

concept-ressources = income (resources)
    .explain = Your "ressources" are all the money you receive: wages, unemployment benefit, benefits, pensions. Benefits are calculated from your resources.

concept-declaration-trimestrielle-de-ressources = quarterly income declaration
    .explain = Every 3 months, you must declare your income to the CAF for the RSA or the prime d'activité. Without this declaration, payments stop.
    .todo = Do it as soon as the CAF asks for it. If you are blocked, keep a screenshot and contact the CAF.

concept-declaration-de-situation = statement of circumstances
    .explain = This is a form where you tell the organisation who lives with you, where you live and what you do. It is used to calculate your entitlements.

concept-changement-de-situation = change of circumstances
    .explain = You must quickly tell the CAF or the CPAM (health insurance office) about any change: moving home, birth, living as a couple, separation, work. Otherwise you might have to pay money back.

concept-indu = overpayment
    .explain = An "indu" is money that you received too much. The organisation asks you to pay it back, often by taking it from your next benefits.
    .todo = If you disagree, make an amicable appeal within the time limit written in the letter. You can also ask for debt relief or to pay in instalments.

concept-remise-de-dette = debt relief (write-off)
    .explain = You can ask not to repay all or part of an overpayment, if you cannot pay. You can also ask to pay in several instalments.

concept-rappel = back payment (or reminder)
    .explain = A "rappel" is money that the organisation owed you and pays you late, all at once. A "rappel" can also be a message reminding you of a date.

concept-paiement = payment
    .explain = The payment is the money paid, to you or by you. In your CAF account, this page shows the benefits paid.

concept-versement = payment (transfer)
    .explain = The "versement" is the money sent to your bank account. The CAF usually pays a month's benefits on the 5th of the following month. The money can reach your account up to 3 days later.

concept-droits = rights (entitlements)
    .explain = Your rights are what the law allows you to receive or do. For example the right to housing benefit.

concept-ouverture-de-droits = start of entitlement
    .explain = "Ouverture de droits" means that the organisation has accepted your application. From this date, you can receive the benefit.

concept-fin-de-droits = end of entitlement
    .explain = This is the date when a benefit stops. Find out before, because another benefit is sometimes possible.

concept-attestation-de-paiement = payment certificate
    .explain = This document proves which benefits you receive and how much. You are asked for it for housing, a school canteen or another benefit.
    .where = To download in your CAF account, in the certificates ("attestations") section.

concept-simulation = simulation (estimate)
    .explain = The simulation calculates whether you could get a benefit and how much. It is not an application: you must then make the real application.

concept-controle = check (inspection)
    .explain = The organisation can check your declarations, by letter or with a visit. Answer within the time asked and keep copies.

concept-suspension = suspension (payments stopped)
    .explain = Suspension means that the benefit is stopped for a while, often because a document or a declaration is missing.
    .todo = Read the message to know what is missing, send it quickly, and keep a proof that you sent it.

concept-radiation = removal from the register
    .explain = "Radiation" means that you are removed from the list, for example of jobseekers. Your benefits may stop.
    .todo = Read the letter, and challenge it quickly if it is a mistake. Keep the proofs of your steps.

concept-rib = RIB (bank account details)
    .explain = The RIB is a paper from your bank with your name and your account numbers. You are asked for it so that money can be paid to you.
    .where = In your bank's app, in your chequebook, or at the bank counter.

concept-iban = IBAN (international bank account number)
    .explain = The IBAN is the international number of your bank account. In France, it has 27 characters and starts with FR.
    .where = On your RIB or in your bank's app.

concept-bic = BIC (bank code)
    .explain = The BIC is the code of your bank, 8 or 11 letters and digits. It is sometimes asked for together with the IBAN.
    .where = On your RIB, next to the IBAN.

concept-banque = bank
    .explain = The bank keeps your money in an account. Benefits are paid into a bank account in your name.

concept-compte-bancaire = bank account
    .explain = A bank account receives your money, such as wages or benefits. It must often be in your name.

concept-droit-au-compte = right to a bank account
    .explain = If a bank refuses to open an account for you, the Banque de France can oblige a bank to do it. It is free.

concept-cheque-energie = energy voucher (chèque énergie)
    .explain = The energy voucher helps pay for electricity, gas or heating, depending on your income. Since 2025, it no longer always arrives automatically: some people must apply for it. Declare your income every year and check this year's rules on chequeenergie.gouv.fr.

concept-aspa = ASPA (minimum old-age pension)
    .explain = The ASPA is financial help for older people, usually from age 65, who have a small income.

concept-retraite = retirement pension
    .explain = The pension is the money paid every month when you stop working because of your age. The amount depends on the years you worked.

concept-ccas = CCAS (town social services)
    .explain = The CCAS is the social service of the town hall. It gives emergency help, helps with procedures and can provide a mail address.

concept-france-services = France Services (public help desks)
    .explain = In a France Services office, staff help you for free with your procedures: CAF, taxes, health, papers. There are offices in many towns.

concept-centre-social = community centre
    .explain = The "centre social" is a neighbourhood place open to everyone. You can often get help there with online procedures.

concept-travailleur-social = social worker
    .explain = The social worker helps you with your difficulties: housing, money, papers, health. You can see one at the town hall, the département or an association.

concept-conseiller-numerique = digital adviser
    .explain = The digital adviser helps you use the computer and the internet for your procedures.

concept-aidants-connect = Aidants Connect (helper acting for you online)
    .explain = Aidants Connect lets a professional helper do an online procedure for you, with your written agreement. You choose the procedures and the duration.

concept-interprete = interpreter
    .explain = An interpreter translates orally between you and the person who speaks French. Ask in advance whether an interpreter is possible for your appointment.

## Health

concept-assurance-maladie = Assurance Maladie (public health insurance)
    .explain = The Assurance Maladie pays part of your healthcare: doctor, medicines, hospital. Its website is called Ameli.

concept-securite-sociale = Social Security (Sécurité sociale)
    .explain = The Sécurité sociale is the French system that protects against illness, old age and family costs. It includes the Assurance Maladie and the CAF.

concept-ameli = Ameli (health insurance website)
    .explain = Ameli is the website of the Assurance Maladie. In your account, you see your reimbursements and download your certificate of entitlement.

concept-cpam = CPAM (local health insurance office)
    .explain = The CPAM is the Assurance Maladie office in your département. It handles applications for the carte Vitale, AME and Complémentaire santé solidaire.

concept-numero-de-securite-sociale = social security number
    .explain = This is your personal health number: 13 digits, then a 2-digit key. It starts with 1 for a man and 2 for a woman.
    .where = On your carte Vitale and on your certificate of entitlement.

concept-numero-provisoire = temporary social security number
    .explain = If you were born abroad, the Assurance Maladie first gives you a temporary number, which often starts with 7 or 8. The final number comes after your civil status has been checked.
    .where = On your certificate of entitlement.

concept-carte-vitale = carte Vitale (health insurance card)
    .explain = The carte Vitale is the green health insurance card. Give it at the doctor's or the pharmacy to be reimbursed faster.

concept-attestation-de-droits = certificate of entitlement (health insurance)
    .explain = This document proves that you have health insurance. It shows your social security number and your rights.
    .where = To download in your Ameli account, or to ask for at the CPAM.

concept-assure = insured person
    .explain = The "assuré" is the person who has health insurance in their own name.

concept-ayant-droit = dependant (covered by someone else's insurance)
    .explain = An "ayant droit" is a person covered by another person's insurance, for example a child by their parents' insurance.

concept-aide-medicale-d-etat = State Medical Aid (AME)
    .explain = The AME pays for the healthcare of people without a residence permit who have lived in France for more than 3 months, with a low income. You apply for it at the CPAM every year.

concept-complementaire-sante-solidaire = Complémentaire santé solidaire (free or low-cost top-up health cover)
    .explain = The Complémentaire santé solidaire helps pay for healthcare that the Assurance Maladie does not reimburse. Depending on your income, it is free or costs less than one euro per day per person. Apply on Ameli or at your CPAM.

concept-puma = PUMa (universal health cover)
    .explain = The PUMa gives health insurance to any person who works or lives in France in a stable and legal way. It replaced the CMU.

concept-mutuelle = top-up health insurance (mutuelle)
    .explain = The "mutuelle" pays part of the healthcare that the Assurance Maladie does not reimburse. In general, you pay for it. With a low income, the Complémentaire santé solidaire is free or costs less than one euro per day per person.

concept-medecin-traitant = regular doctor (médecin traitant)
    .explain = The "médecin traitant" is the doctor you choose to follow your health. If you do not declare one, you are reimbursed less.

concept-medecin = doctor
    .explain = The doctor treats you and can write a prescription or a sick note.

concept-ordonnance = prescription
    .explain = The "ordonnance" is the doctor's paper that lists the medicines or the care. The pharmacy needs it. In court, an "ordonnance" is also a decision of the judge.

concept-remboursement = reimbursement
    .explain = Reimbursement is the money that the Assurance Maladie or the mutuelle gives back to you after healthcare. You can see it in your Ameli account.

concept-feuille-de-soins = paper claim form (feuille de soins)
    .explain = The "feuille de soins" is the paper given by the doctor if you do not have the carte Vitale. Send it to your CPAM to be reimbursed.

concept-arret-de-travail = sick note (sick leave)
    .explain = The "arrêt de travail" is a doctor's paper saying that you cannot work for health reasons. Send it to the CPAM and to your employer within 48 hours.

concept-indemnites-journalieres = daily sickness allowance
    .explain = These are sums paid by the Assurance Maladie during sick leave. They replace part of your wages.

concept-tiers-payant = no upfront payment (tiers payant)
    .explain = With “tiers payant”, the Assurance Maladie pays its share directly to the doctor or the pharmacy. You pay only the rest, unless your mutuelle also pays it directly.

concept-pass = hospital healthcare access service (PASS)
    .explain = The PASS is a hospital service for people without health insurance. There you get treatment and help to open your rights.

concept-affection-de-longue-duree = long-term illness (ALD)
    .explain = An ALD is a serious, long illness, such as diabetes. Care linked to this illness is better reimbursed.

concept-certificat-medical = medical certificate
    .explain = The medical certificate is a paper written by a doctor about your health. Some procedures ask for it, for example the residence permit for medical reasons.

concept-mon-espace-sante = Mon espace santé (online health record)
    .explain = Mon espace santé is an online health record. Your doctors can put your health documents there if you agree.

concept-doctolib = Doctolib
    .explain = Doctolib is a private website for booking an appointment with a doctor or at the hospital. It is free for patients.

concept-urgences = hospital emergency department (A&E)
    .explain = The hospital emergency department treats serious problems, day and night. In a life-threatening emergency, call 15 or 112.

concept-agence-regionale-de-sante = regional health agency (ARS)
    .explain = The regional health agency organises healthcare in your region: hospitals, vaccines, prevention. It does not reimburse healthcare.

## Taxes

concept-impots = taxes
    .explain = Taxes are money paid to the State or to the municipality. Even if you pay no tax, you often have to make a declaration every year.

concept-impots-gouv = impots.gouv.fr (tax website)
    .explain = This is the official tax website in France. There you declare your income and find your tax notices.

concept-dgfip = DGFiP (French tax administration)
    .explain = The DGFiP is the tax administration in France.

concept-numero-fiscal = tax number
    .explain = The tax number is your personal 13-digit number at the tax office. It is your username on impots.gouv.fr.
    .where = On the first page of your tax notice or your income tax return, at the top.

concept-numero-d-acces-en-ligne = online access number
    .explain = This number is used to create your account on impots.gouv.fr the first time. It changes every year.
    .where = On the first page of your latest income tax return, or on a letter from the tax office.

concept-avis-d-imposition = tax notice
    .explain = The tax notice is the document sent by the tax office after your declaration. It says how much you must pay and is used as proof of income.
    .where = In your personal area on impots.gouv.fr, in the Documents section.

concept-avis-de-non-imposition = notice of non-taxation
    .explain = This document says that you have no income tax to pay. It is often asked for benefits, social housing or grants. Today, the notice of declared situation or the tax notice plays this role.

concept-avis-de-situation-declarative = proof of tax declaration (ASDIR)
    .explain = This document proves that you declared your income, as soon as the declaration is made online. It can be used while you wait for the tax notice.

concept-revenu-fiscal-de-reference = reference tax income (RFR)
    .explain = This is an amount calculated by the tax office from your income. Many benefits and prices use this number.
    .where = On the first page of your tax notice, in the box with your references.

concept-declaration-de-revenus = income tax return
    .explain = Every year in spring, you declare to the tax office the money you earned the year before. Do it even with little or no income, because the notice is used for your benefits.

concept-declaration-automatique = automatic tax return
    .explain = If your situation has not changed, the tax office validates your return itself. Still check the amounts and correct them if needed.

concept-declarant = declarant (person filing)
    .explain = The declarant is the person who makes the declaration. For a married couple or a couple in a PACS, there is a declarant 1 and a declarant 2.

concept-prelevement-a-la-source = tax withheld at source
    .explain = Income tax is taken directly every month from your wages or your income. This is withholding at source.

concept-taux-de-prelevement = withholding rate
    .explain = This is the percentage of your income taken every month for tax. It is calculated from your latest declaration.

concept-impot-sur-le-revenu = income tax
    .explain = Income tax is calculated on the money you earn in the year. Many people with a low income do not pay it.

concept-revenu-imposable = taxable income
    .explain = This is the part of your income that counts for calculating income tax.

concept-taxe-fonciere = property tax
    .explain = Property tax is paid every year by the owners of a home or land. Tenants do not pay it.

concept-taxe-d-habitation = council tax (taxe d'habitation)
    .explain = The "taxe d'habitation" no longer exists for your main home. It remains for second homes.

concept-foyer-fiscal = tax household
    .explain = The tax household is all the people on the same income tax return: you, your husband or wife or PACS partner, your dependent children.

concept-part-fiscale = tax share (part)
    .explain = The number of shares depends on your family: adults and dependent children. The more shares you have, the lower the tax.

concept-annee-de-revenus = income year
    .explain = This is the year when you earned the money declared. In general, you declare the income of the previous year.

concept-residence-fiscale = tax residence
    .explain = Your tax residence is the country where you pay your taxes, often the one where you live for most of the year.

concept-centre-des-finances-publiques = local tax office
    .explain = This is the tax office near your home. You can ask questions about your declaration there, often by appointment.

concept-espace-particulier = personal tax area (espace particulier)
    .explain = This is your personal account on impots.gouv.fr, now called « espace Finances publiques ». There you declare your income, read your notices and write to the tax office.

## Employment

concept-france-travail = France Travail (public employment service)
    .explain = France Travail helps people looking for a job and pays unemployment benefits. It was called Pôle emploi before 2024.

concept-identifiant-france-travail = France Travail ID number
    .explain = This is the number given by France Travail when you register. You use it to log in and to write to France Travail.
    .where = On letters from France Travail and in the email received when you registered.

concept-demandeur-d-emploi = jobseeker
    .explain = A jobseeker is a person registered with France Travail to look for work.

concept-inscription = registration
    .explain = Registration is the first step to be recorded, for example with France Travail. It gives access to help and to benefits.

concept-actualisation = monthly update (actualisation)
    .explain = Every month, you tell France Travail whether you worked and whether you are still looking for a job. Without this update, your registration and your benefits stop.
    .todo = Do it on the date shown, often at the end of the month. Keep the confirmation or a screenshot.

concept-chomage = unemployment
    .explain = Being unemployed ("au chômage") means having no work and looking for some. Under certain conditions, France Travail pays you money.

concept-are = unemployment benefit (ARE)
    .explain = The ARE is the unemployment benefit paid by France Travail, if you lost your job and worked long enough before. It is paid, for example, after a dismissal, a negotiated termination (rupture conventionnelle) or the end of a fixed-term contract (CDD). After a resignation, only in certain cases.

concept-ass = specific solidarity allowance (ASS)
    .explain = The ASS can be paid when your right to unemployment benefit has ended, if you worked long enough before and your income is low. Abolishing it was proposed in 2024 and 2025. Ask France Travail whether it still exists for you.

concept-conseiller = adviser
    .explain = The adviser is the person who follows your file and helps you in your search. You can write to them through the messaging service.

concept-attestation-employeur = employer's certificate (attestation employeur)
    .explain = Your employer must give you this document at the end of your contract. France Travail needs it to calculate your unemployment benefit.

concept-bulletin-de-salaire = payslip
    .explain = This is the paper given every month by the employer with your wages. Always keep them: they are used for unemployment benefit, retirement and your residence permit.

concept-salaire = wages (salary)
    .explain = Wages are the money paid by the employer for your work. Gross ("brut") is before contributions; net is what you receive.

concept-contrat-de-travail = employment contract
    .explain = The employment contract is the written agreement between you and the employer: job, wages, working hours, duration. Keep a copy.

concept-cdi = CDI (permanent contract)
    .explain = The CDI is an employment contract with no end date.

concept-cdd = CDD (fixed-term contract)
    .explain = The CDD is an employment contract with an end date.

concept-interim = temporary agency work (intérim)
    .explain = "Intérim" is short-term work offered by an agency, at a client company.

concept-employeur = employer
    .explain = The employer is the person or company that gives you work and pays you.

concept-entreprise = company (business)
    .explain = A company produces or sells something. The form sometimes asks for its official details, such as the SIRET number.

concept-societe = company (legal entity)
    .explain = A "société" is a form of business created by one or more people, with a name and official rules.

concept-type-de-societe = type of company (legal form)
    .explain = This is the official form of the company, for example SARL, SAS or sole proprietorship ("entreprise individuelle").
    .where = On the Kbis extract or the SIRENE register statement.

concept-denomination = company name
    .explain = The "dénomination" is the official name of the company, as it is registered.
    .where = On the Kbis extract or on payslips.

concept-numero-de-siret = SIRET number (business establishment number)
    .explain = The SIRET is the 14-digit number of a business establishment. It identifies the company.
    .where = On your payslips, at the top, or on the company's invoices.

concept-numero-siren = SIREN number (company number)
    .explain = The SIREN is the 9-digit number of the company. It is the first 9 digits of the SIRET.

concept-extrait-kbis = Kbis extract (company registration certificate)
    .explain = The Kbis extract is the official identity card of a company registered in the trade register.

concept-fonction = position in the company
    .explain = The "fonction" is your job in the company, for example manager, sales assistant or cleaner.

concept-representant-legal = legal representative
    .explain = The legal representative acts officially in the name of a company, often the manager or the chairman. For a child, it is usually the parents.

concept-micro-entrepreneur = micro-entrepreneur (self-employed)
    .explain = A micro-entrepreneur works for themselves with simple rules. They declare their turnover to URSSAF, every month or every quarter.

concept-urssaf = URSSAF (social contributions office)
    .explain = URSSAF collects social contributions from employers and the self-employed. Micro-entrepreneurs declare their income there.

concept-offre-d-emploi = job offer
    .explain = A job offer is an advert from an employer who is looking for someone for a job.

concept-cv = CV (résumé)
    .explain = The CV is a short document that presents your education, your experience and your skills.

concept-formation = training
    .explain = Training (“formation”) is a course to learn a trade or a skill. France Travail can help you find one.

concept-contrat-d-engagement-jeune = youth commitment contract (CEJ)
    .explain = The CEJ helps young people under 26 with no job and no training, with support and an allowance.

concept-licenciement = dismissal
    .explain = Dismissal ("licenciement") is the end of the contract decided by the employer. It must follow rules and give you end-of-contract papers.

## Documents and permits (ANTS, town hall)

concept-ants = ANTS (national agency for secure documents)
    .explain = ANTS, called France Titres since 2024, handles the online procedures for the identity card, the passport, the driving licence and the vehicle registration certificate (carte grise).

concept-carte-nationale-d-identite = national identity card (CNI)
    .explain = The national identity card is the identity document of French citizens. A foreign national uses their passport or residence permit.

concept-piece-d-identite = identity document (ID)
    .explain = This is an official document with your photo that proves who you are: passport, identity card or residence permit.

concept-permis-de-conduire = driving licence
    .explain = The driving licence allows you to drive a vehicle. The procedures are done on the ANTS website.

concept-neph = NEPH number (driving licence file number)
    .explain = The NEPH is the file number of your driving licence. The website asks for it for procedures about the licence.
    .where = On the papers from the driving school or on your licence.

concept-echange-de-permis = exchange of a foreign driving licence
    .explain = If you have a licence from a country outside the European Union, you may have to exchange it for a French licence. Often the application must be made within a year of your first residence permit.

concept-code-ephoto = ePhoto code
    .explain = This is a code that links your digital photo to your application. The website asks for it instead of a paper photo.
    .where = On the photo sheet given by the photo booth or the ANTS-approved photographer.

concept-photo-d-identite = ID photo
    .explain = The photo must be less than 6 months old, facing the camera, mouth closed, on a light background. Glasses are allowed if your eyes are clearly visible, with no tinted lenses and no reflection. Have it taken by a photographer or in an approved photo booth.

concept-certificat-d-immatriculation = vehicle registration certificate (carte grise)
    .explain = The registration certificate, called "carte grise", is the official paper of a vehicle. It shows the number plate and the owner's name.

concept-pre-demande = online pre-application
    .explain = The pre-application is made online before going to the town hall for an identity card or a passport. You receive a number to give at the appointment.

concept-mairie = town hall (mairie)
    .explain = The "mairie" is the office of your municipality. It makes civil status certificates and receives applications for identity cards and passports.

concept-empreintes-digitales = fingerprints
    .explain = Fingerprints are the patterns on the tips of your fingers. They are taken for a passport, an identity card or a residence permit.

concept-timbre-fiscal = tax stamp (timbre fiscal)
    .explain = The tax stamp is used to pay a fee for a document: residence permit, passport, visa. You buy it online or in a tobacconist's shop.
    .where = On the website timbres.impots.gouv.fr or at a tobacconist's. Keep the stamp number.

concept-declaration-de-perte = declaration of loss
    .explain = If you lost a document or it was stolen, make a declaration. It is required to get a new document.

concept-attestation = certificate (attestation)
    .explain = An "attestation" is a document that proves a piece of information, for example your rights, a payment or your address.

concept-copie = copy
    .explain = A copy is a reproduction of a document. Always keep the original, and give a copy if that is accepted.

concept-compte-rendu = report (written account)
    .explain = A "compte rendu" is a text that tells what happened. For example, the doctor writes a report after an examination.

concept-original = original
    .explain = The original is the real document, not a copy. You are often asked for it at the appointment, to be checked.

concept-scanner = scan
    .explain = Scanning means turning a paper document into a file. A clear photo taken with your phone is often accepted.

concept-traduction = translation
    .explain = A document in a foreign language must often be translated into French. For official certificates, the translation must be done by a sworn translator.

concept-legalisation = legalisation (apostille)
    .explain = Legalisation or an apostille proves that a foreign document is authentic. It depends on the country that issued the document.

concept-en-cours-de-validite = valid (not expired)
    .explain = A valid document has not yet passed its end date.

concept-courrier = letter (post)
    .explain = "Courrier" is a letter sent by post. Keep a copy and the proof of sending of every important letter.

concept-lettre-recommandee = registered letter
    .explain = This is a letter sent by post with proof of sending and of delivery. Use it for important letters, such as an appeal.

concept-accuse-de-reception = acknowledgement of receipt
    .explain = The acknowledgement of receipt proves that the administration really received your application. Keep it: it gives the date of your request.

concept-notification = official notification
    .explain = A "notification" is an official message informing you of a decision or of something new. The time limits for appeal start from the date of notification.

## Appointments

concept-rendez-vous = appointment
    .explain = A "rendez-vous" is a set day and time to see an official. Many administrations only receive people by appointment.

concept-prendre-rendez-vous = book an appointment
    .explain = Booking an appointment means choosing a free day and time on the website. You then receive a confirmation to keep.

concept-creneau = time slot
    .explain = A "créneau" is a free appointment time that you can choose.

concept-plage-horaire = time range
    .explain = A "plage horaire" is a period of time, for example from 9:00 to 12:00, when appointments are possible.

concept-aucun-creneau-disponible = no slot available
    .explain = The website says that there is no free appointment at the moment. It is not your fault, and it can last for weeks.
    .todo = Try again on other days and at other times, and take a dated screenshot each time. These proofs let you ask for an appointment in writing, then from the judge in a "référé" (emergency procedure).

concept-annuler-un-rendez-vous = cancel an appointment
    .explain = If you cannot come, cancel your appointment to free the place. Use the link received in the confirmation email.

concept-modifier-un-rendez-vous = change an appointment
    .explain = Changing an appointment means choosing another day or another time. Be careful: the old appointment may be lost.

concept-confirmation-de-rendez-vous = appointment confirmation
    .explain = This is the message that proves your appointment, with the day, time and place. Print it or keep it on your phone.

concept-liste-d-attente = waiting list
    .explain = You are put on a list, and the administration contacts you when a place becomes free.

concept-delai = time limit (waiting time)
    .explain = The "délai" is the time to wait, or the time you have to do something. Respect the time limits written in letters.

concept-reponse-automatique = automatic reply
    .explain = This is a message sent by a computer, not by a person. Do not reply to this address; use the form or the address given.

## Errors and messages

concept-message-d-erreur = error message
    .explain = An error message says that a problem stops you from continuing. It is often in red, near the field to correct or at the top of the page.
    .todo = Read the message, correct the field shown and try again. If you do not understand the error, take a screenshot to show to a person who helps you.

concept-erreur-technique = technical error
    .explain = The website has a problem that is not caused by you. Your application may not have been sent.
    .todo = Take a screenshot with the date and time, then try again later. If the error comes back, write to the administration and ask for another way to do the procedure.

concept-service-indisponible = service unavailable
    .explain = The website is not working at the moment. It is not your fault.
    .todo = Take a dated screenshot and try again later. If it lasts, keep your screenshots: they prove that you tried.

concept-maintenance = site maintenance
    .explain = The website is stopped for technical work. It usually works again after a few hours.
    .todo = Come back later, often after the time shown. If a deadline is near, keep a screenshot to prove that the website was closed.

concept-page-introuvable = page not found
    .explain = The page address does not exist, or no longer exists. The link may be old or badly written.
    .todo = Go back to the website's home page and look for the procedure with the menu. Check the address written at the top of the browser.

concept-erreur-500 = error 500 (server error)
    .explain = The website's server had a problem. It is not your fault.
    .todo = Take a dated screenshot and try again later. If the error comes back, report it to the administration with the screenshot.

concept-acces-refuse = access denied
    .explain = The website does not let you see this page. Maybe you are not logged in, or the page is restricted.
    .todo = Log in, then try again. If it continues, take a screenshot and contact the administration.

concept-reessayer-plus-tard = try again later
    .explain = The website asks you to wait before trying again. The problem often comes from the website.
    .todo = Write down the time or take a screenshot, then try again at another time of day.

concept-dossier-incomplet = incomplete file
    .explain = A document or a piece of information is missing from your file. The administration cannot examine it until it is complete.
    .todo = Read the list of what is missing and send it before the date shown. Keep the proof that you sent it.

concept-piece-manquante = missing document
    .explain = A requested document was not sent or was not accepted.
    .todo = Add the requested document in your account or send it. If you cannot get it, explain why in writing.

concept-format-non-valide = invalid format
    .explain = The information or the file is not written the way the website expects. For example a date, an email address or a file of the wrong type.
    .todo = Look at the expected format, under the field or in the example, then correct it. For a file, save it as PDF or JPG.

concept-fichier-trop-volumineux = file too large
    .explain = Your file is bigger than the size accepted by the website.
    .todo = Make the file smaller: scan at a lower quality or in black and white, or use a compression tool. Then add it again.

concept-champ-obligatoire-non-rempli = required field not filled in
    .explain = You left empty a box that must be filled in.
    .todo = Look for the field marked in red, fill it in, then confirm again.

concept-identifiant-ou-mot-de-passe-incorrect = incorrect username or password
    .explain = The website does not recognise your username or your password. A single wrong letter or capital is enough.
    .todo = Check the capital letters and the username, then try again. After several mistakes, use "Mot de passe oublié" (forgotten password) to avoid your account being blocked.

concept-compte-bloque = account blocked
    .explain = The website has blocked your account, often after too many wrong passwords.
    .todo = Wait for the time shown or use "Mot de passe oublié" (forgotten password). If that does not work, contact the administration and keep a screenshot.

concept-trop-de-tentatives = too many attempts
    .explain = You tried too many times in a short time. The website blocks you for a while.
    .todo = Wait, often a few minutes or a few hours, before trying again. Take a screenshot if this stops you from doing your procedure.

concept-session-expiree = session expired
    .explain = You stayed too long without doing anything on the website, so it logged you out for your safety. Anything you had not saved may be lost.
    .todo = Log in again and start again. Prepare your documents beforehand, to go faster.

concept-lien-expire = link expired
    .explain = The link received by email no longer works, often because it is too old or already used.
    .todo = Ask for a new link on the website, then click on it quickly.

concept-code-incorrect = incorrect code
    .explain = The code you wrote is not the right one, or it is no longer valid.
    .todo = Check the digits, or ask for a new code and copy it quickly.

concept-adresse-electronique-deja-utilisee = email address already in use
    .explain = An account already exists with this email address, maybe created by you or by a person who helped you.
    .todo = Try to log in, or click on "Mot de passe oublié" (forgotten password). If this account is not yours, contact the administration.

concept-mot-de-passe-trop-faible = password too weak
    .explain = Your password does not follow the website's rules: length, capital letter, digit, special character.
    .todo = Read the rules under the field and choose a longer password, with all the types of characters required.

concept-mots-de-passe-differents = passwords do not match
    .explain = The two passwords you wrote are not exactly the same.
    .todo = Write the same password again in both fields. The "Afficher" (show) button helps you check.

concept-demande-deja-en-cours = application already in progress
    .explain = The website sees that an application of the same type already exists for you. You cannot make a second one.
    .todo = Look in your account to follow the existing application. If it is a mistake, write to the administration with a screenshot.

concept-dossier-cloture = file closed
    .explain = The administration has closed your file. This may be a mistake, or due to a missing document.
    .todo = Keep a screenshot and write quickly to the administration to ask why. If the answer is slow to come, contact an association, the Défenseur des droits (Defender of Rights) or a lawyer.

concept-navigateur-non-compatible = browser not supported
    .explain = The website does not work well with the program you use to go on the internet.
    .todo = Update your browser or try another one, such as Firefox or Chrome.

concept-echec-du-paiement = payment failed
    .explain = The money could not be paid, for example for a tax stamp. Your card may not have been charged.
    .todo = Check your bank account before paying again. Keep the screenshots and the payment emails.

## Housing

concept-logement = housing (accommodation)
    .explain = Housing is the place where you live. The website asks whether you are a tenant, an owner, staying with someone, or without housing.

concept-locataire = tenant
    .explain = The tenant pays rent to live in a home that belongs to another person or to an organisation.

concept-bailleur = landlord
    .explain = The landlord is the person or organisation that rents the home to you. A social landlord ("bailleur social") manages social housing.

concept-proprietaire = owner
    .explain = The owner is the person something belongs to, for example a home. If you are the owner of your home, it is yours.

concept-loyer = rent
    .explain = The rent is the money paid every month to the landlord to live in the home.

concept-charges-locatives = service charges
    .explain = Service charges pay for services in the building, such as water or maintenance. They are often added to the rent.

concept-quittance-de-loyer = rent receipt
    .explain = The "quittance" is the landlord's paper that proves you paid the rent. It can be used as proof of address.

concept-bail = lease (tenancy agreement)
    .explain = The lease is the contract between the tenant and the landlord. It gives the rent, the duration and the rules.

concept-etat-des-lieux = inventory of condition (état des lieux)
    .explain = The "état des lieux" describes the condition of the home when you move in and when you leave. Check it carefully before signing.

concept-depot-de-garantie = security deposit
    .explain = This is a sum paid to the landlord when you move into the home. The landlord gives it back when you leave, minus justified repairs.

concept-garant = guarantor
    .explain = The guarantor promises to pay the rent if you cannot. Visale is a free guarantee that can replace a guarantor. If Visale pays your rent, you will then have to pay it back.

concept-assurance-habitation = home insurance
    .explain = The tenant must insure the home against damage, such as fire or water. The landlord asks for the certificate every year.

concept-logement-social = social housing (HLM)
    .explain = Social housing has a lower rent, for people with modest incomes. A committee chooses the tenants.

concept-demande-de-logement-social = social housing application
    .explain = After your social housing application, you receive a unique number. Renew the application every year, or it is cancelled.
    .where = The unique number is on the certificate of registration of the application.

concept-dalo = DALO (enforceable right to housing)
    .explain = The DALO lets you go to a committee if you have been waiting too long for social housing or if you are badly housed. If it recognises your application as a priority, the State must offer you housing. It can still take time.

concept-expulsion = eviction
    .explain = Eviction forces the tenant to leave the home after a judge's decision. In general, it is forbidden from 1 November to 31 March.
    .todo = Quickly contact a social worker, the ADIL (housing information agency) or an association. Answer all letters from the court.

concept-hebergement-d-urgence = emergency shelter
    .explain = If you are on the street, call 115: it is free, day and night. They look for a place for you to sleep.

## School and education

concept-parcoursup = Parcoursup (higher education admissions website)
    .explain = Parcoursup is the website to apply for a place in higher education after the baccalauréat (end of secondary school exam). It has a strict timetable.

concept-inscription-scolaire = school enrolment
    .explain = School is compulsory for all children aged 3 to 16 in France, even without papers. For primary school, enrolment is done at the town hall.

concept-bourse = grant (scholarship)
    .explain = A "bourse" is financial help for studies, given according to the family's income.

concept-crous = Crous (student services)
    .explain = The Crous helps students: grants, housing, university restaurants.

concept-certificat-de-scolarite = school attendance certificate
    .explain = This document proves that a pupil or a student is enrolled in the school. The CAF or the préfecture may ask for it.
    .where = Ask for it at the school office, or download it from the school's online area.

concept-ine = INE (national student number)
    .explain = The INE is the personal number of a pupil or a student, with 11 characters. Parcoursup and the university ask for it.
    .where = On school reports or the baccalauréat results sheet.

concept-diplome = diploma (qualification)
    .explain = The diploma proves that you succeeded in your studies. The form may ask for your highest qualification.

concept-reconnaissance-de-diplome = recognition of a foreign diploma
    .explain = A foreign diploma can receive a certificate saying which French level it corresponds to. It helps for work or studies.

concept-cours-de-francais = French lessons
    .explain = French lessons help you learn the language. With the republican integration contract, OFII can pay for them.
