### Relais: mediator-mode phrase cards, English.
### Ready sentences the mediator shows full-screen or plays aloud in the person's language. Same ids as the French master (fr/phrases.ftl).
### Machine-drafted by an AI language model, November 2026, from the French master. Not reviewed by a native speaker.

# Used at the start and end of every session: greeting, the person's consent, what we are doing, privacy, ending.
## General: greeting, consent, explanation, privacy, ending

phrase-general-hello = Hello. I am here to help you with your online procedure.
phrase-general-together = We are going to do the procedure together, on this computer.
phrase-general-your-choice = You decide. I do nothing without your agreement.
phrase-general-translation-tool = This program translates the words of the website into your language. It can make mistakes.
phrase-general-read-aloud = I am going to read the message aloud.
phrase-general-understood = Did you understand? I can repeat it or explain it another way.
phrase-general-interpreter = Would you like an interpreter, here or by phone?
phrase-general-nothing-sent = Relais sends your information to nobody. Only the administration's website receives what you type.
phrase-general-keep-data = Do you want to keep this information on this computer, protected by a password?
phrase-general-passphrase = Choose a secret phrase to protect your information. Do not tell it to anyone.
phrase-general-erased-at-end = At the end, your information is erased from this computer, unless you choose to keep it.
phrase-general-log-out = I am logging out of your account, then closing the page.
phrase-general-finished = We have finished for today. Keep all your papers safe.
phrase-general-come-back = You can come back to see me if you have a question or a new letter.

# Used when the website asks about identity: documents, names, date and place of birth, address.
## Identity: documents, names, dates

phrase-identity-passport = Do you have your passport or your identity card?
phrase-identity-show-papers = Can you show me all the papers you have brought?
phrase-identity-name-as-passport = We write your name exactly as it is on your passport.
phrase-identity-other-spelling = Is your name spelled differently on other papers?
phrase-identity-no-first-name = If you have no first name, tell me. Some websites have a box for that.
phrase-identity-birth-date = What is your date of birth? In France, we write the day, then the month, then the year.
phrase-identity-birth-place = Where were you born? Tell me the town and the country.
phrase-identity-birth-certificate = The website asks for your birth certificate. Do you have it, the original or a copy?
phrase-identity-not-recognised = The website does not recognise this document. It is not your fault.
phrase-identity-photo-consent = May I take a photo of this document to send it to the website?
phrase-identity-mail-address = Do you have an address where you can receive your mail? It can be an organisation.

# Used for residence: residence permit, récépissé, foreign national number, the ANEF website, préfecture summons.
## Residence: residence permit, récépissé, foreign national number, ANEF, summons

phrase-residence-permit-number = Do you have your residence permit number? It is on your card or on your récépissé (receipt).
phrase-residence-foreign-number = Your foreign national number has 10 digits. It is written on your residence permit and on your récépissé.
phrase-residence-anef-account = Do you already have an account on the ANEF website?
phrase-residence-anef-username = On ANEF, your username (identifiant) is often your foreign national number.
phrase-residence-end-date = Let's look together at the end date of your residence permit.
phrase-residence-renew-early = You must apply for renewal before the end date. Do not wait until the last moment.
phrase-residence-recepisse = Do you have a récépissé? It is the paper that proves your application is being processed.
phrase-residence-proof-of-submission = Let's download the proof of submission (attestation de dépôt). It proves that you sent your application.
phrase-residence-file-number = Let's write down your file number. You must copy it into every message.
phrase-residence-automatic-reply = This message is an automatic reply. Nobody has read your request yet.
phrase-residence-convocation = Have you received a summons (convocation)? Show me the letter or the message.
phrase-residence-convocation-bring = On the day of the appointment, bring the convocation and all the papers asked for in the letter.

# Used for online préfecture appointments: no free slot, trying again, evidence, the judge and the référé.
## Appointment: préfecture, no free slot, evidence, judge

phrase-appointment-no-slot = The website says there is no free appointment.
phrase-appointment-not-your-fault = It is not your fault. Many people cannot get an appointment.
phrase-appointment-try-tomorrow = We will try again tomorrow morning.
phrase-appointment-screenshot-proof = This screenshot proves that there was no appointment.
phrase-appointment-journal = Relais records each attempt in your journal, with the date and time.
phrase-appointment-try-often = To have proof, you must try often, for several weeks.
phrase-appointment-without-me = If you try without me, take a screenshot every time.
phrase-appointment-judge = With this proof, a lawyer can ask the judge to order the préfecture to give you an appointment.
phrase-appointment-legal-aid = If your income is low, legal aid can pay for the lawyer.
phrase-appointment-export-consent = Do you want me to prepare the evidence file for your lawyer?
phrase-appointment-got-slot = You have an appointment. Let's write down the date, the time and the address.
phrase-appointment-confirmation = Keep the confirmation email. You may need to show it at the entrance.

# Used for the CAF: claimant number, quarterly income declaration, payments, bank details.
## Benefits: CAF, quarterly declaration, bank

phrase-benefits-claimant-number = Do you have your CAF claimant number (numéro allocataire)? It is at the top of CAF letters.
phrase-benefits-quarterly = Every 3 months, you must declare your income to the CAF.
phrase-benefits-payments-stop = Without this declaration, the CAF stops paying.
phrase-benefits-income-per-month = How much money did you receive each month, over the last 3 months?
phrase-benefits-payslips = Do you have your payslips or bank statements for these 3 months?
phrase-benefits-rib = Do you have a RIB? It is the paper from the bank with your account numbers.
phrase-benefits-rib-name = The bank account must be in your name.
phrase-benefits-check-payments = Let's look at your payments in your personal CAF account.
phrase-benefits-caf-message = The CAF has written to you. I am going to read the message with you.
phrase-benefits-caf-appointment = We can ask for an appointment with a CAF advisor.

# Used for health: Ameli account, carte Vitale, social security number, State Medical Aid (AME).
## Health: Ameli, carte Vitale, AME

phrase-health-carte-vitale = Do you have a carte Vitale (health insurance card)?
phrase-health-social-security-number = Your social security number is on your carte Vitale and on your certificate of entitlement.
phrase-health-ameli-account = Do you have an account on the Ameli website?
phrase-health-download-attestation = We can download your certificate of entitlement from Ameli.
phrase-health-doctor = Do you have a regular doctor (médecin traitant)?
phrase-health-ame-what = The AME pays for the healthcare of people without a residence permit who have been in France for more than 3 months.
phrase-health-ame-proof-3-months = Do you have proof that you have been in France for more than 3 months?
phrase-health-ame-in-person = The first AME application must be handed in in person, at the CPAM office.
phrase-health-ame-renew = The AME lasts one year. You must apply again every year.

# Used for online accounts: email address, password, codes received by SMS, FranceConnect.
## Account: email, password, SMS codes, FranceConnect

phrase-account-email = Do you have an email address?
phrase-account-open-mailbox = Can you open your email inbox on your phone?
phrase-account-create-email = Do you want us to create an email address together? It takes a little time.
phrase-account-spam-folder = The message has not arrived? Let's look in the junk or spam folder.
phrase-account-activation-link = The website has sent you a link by email. Tap it to activate your account.
phrase-account-password-yourself = Type your password yourself. I am not looking.
phrase-account-password-forgotten = If you have forgotten your password, we can choose a new one.
phrase-account-password-note = Write your password on a piece of paper and keep it in a safe place.
phrase-account-phone-number = Is this phone number yours? The website will send codes to it.
phrase-account-sms-code = You have received a code by SMS. Can you read it to me?
phrase-account-code-quick = This code only works for a few minutes. Let's type it now.
phrase-account-code-never-give = Never give this code to someone who calls you on the phone.
phrase-account-franceconnect = With FranceConnect, you log in with an account you already have, for example Ameli or impots.gouv.

# Used when the website shows an "I am not a robot" check (CAPTCHA). Relais never solves it.
## Robot check (CAPTCHA)

phrase-captcha-what = The website is checking that you are a person, not a robot.
phrase-captcha-not-for-you = Relais never answers this check for you. I will explain how to do it.
phrase-captcha-audio = There is an audio version. You will hear letters or numbers.
phrase-captcha-write-what-you-hear = Listen carefully, then type what you hear.
phrase-captcha-listen-again = You can listen again, or ask for a new picture.
phrase-captcha-keyboard = With the Tab key on the keyboard, you can move to the audio button.
phrase-captcha-not-your-fault = It is not your fault. This check is hard for many people.
phrase-captcha-failure-recorded = Each failure is recorded in your journal, as proof.
phrase-captcha-other-way = If it still does not work, you can ask the administration for another way to do this, not online.
