### Relais: mediator-mode phrase cards, Spanish.
### Ready sentences the mediator shows full-screen or plays aloud in the person's language. Same ids as the French master (fr/phrases.ftl).
### Machine-drafted by an AI language model, November 2026, from the French master. Not reviewed by a native speaker.

# Se usan al principio y al final de cada sesión: bienvenida, acuerdo de la persona, lo que hacemos, privacidad, final.
## General: bienvenida, acuerdo, explicación, privacidad, final

phrase-general-hello = Hola. Estoy aquí para ayudarle con su trámite en línea.
phrase-general-together = Vamos a hacer el trámite juntos, en esta computadora.
phrase-general-your-choice = Usted decide. No hago nada sin su acuerdo.
phrase-general-translation-tool = Este programa traduce las palabras del sitio a su idioma. Puede cometer errores.
phrase-general-read-aloud = Voy a leer el mensaje en voz alta.
phrase-general-understood = ¿Lo ha entendido? Puedo repetirlo o explicarlo de otra manera.
phrase-general-interpreter = ¿Quiere un intérprete, aquí mismo o por teléfono?
phrase-general-nothing-sent = Relais no envía su información a nadie. Solo el sitio de la administración recibe lo que usted escribe.
phrase-general-keep-data = ¿Quiere guardar esta información en esta computadora, protegida con una contraseña?
phrase-general-passphrase = Elija una frase secreta para proteger su información. No se la diga a nadie.
phrase-general-erased-at-end = Al final, su información se borra de esta computadora, salvo si usted decide guardarla.
phrase-general-log-out = Cierro la sesión de su cuenta y luego cierro la página.
phrase-general-finished = Hemos terminado por hoy. Guarde bien todos sus papeles.
phrase-general-come-back = Puede volver a verme si tiene una pregunta o una carta nueva.

# Se usan cuando el sitio pide la identidad: documentos, nombres, fecha y lugar de nacimiento, dirección.
## Identidad: documentos, nombres, fechas

phrase-identity-passport = ¿Tiene su pasaporte o su documento de identidad?
phrase-identity-show-papers = ¿Puede enseñarme todos los papeles que ha traído?
phrase-identity-name-as-passport = Escribimos su nombre exactamente como está en su pasaporte.
phrase-identity-other-spelling = ¿Su nombre está escrito de otra forma en otros papeles?
phrase-identity-no-first-name = Si no tiene nombre de pila, dígamelo. Algunos sitios tienen una casilla para eso.
phrase-identity-birth-date = ¿Cuál es su fecha de nacimiento? En Francia se escribe el día, luego el mes y luego el año.
phrase-identity-birth-place = ¿Cuál es su lugar de nacimiento? Dígame la ciudad y el país.
phrase-identity-birth-certificate = El sitio pide su partida de nacimiento. ¿La tiene, en original o en copia?
phrase-identity-not-recognised = El sitio no reconoce este documento. No es culpa suya.
phrase-identity-photo-consent = ¿Puedo hacer una foto de este documento para enviarla al sitio?
phrase-identity-mail-address = ¿Tiene una dirección donde recibir sus cartas? Puede ser una asociación.

# Se usan para la residencia: permiso de residencia, récépissé, número de extranjero, sitio ANEF, citación de la prefectura.
## Residencia: permiso de residencia, récépissé, número de extranjero, ANEF, citación

phrase-residence-permit-number = ¿Tiene el número de su permiso de residencia? Está en su tarjeta o en su récépissé (resguardo).
phrase-residence-foreign-number = Su número de extranjero tiene 10 cifras. Está escrito en su permiso de residencia y en su récépissé.
phrase-residence-anef-account = ¿Ya tiene una cuenta en el sitio ANEF?
phrase-residence-anef-username = En la ANEF, su identificador (identifiant) suele ser su número de extranjero.
phrase-residence-end-date = Miremos juntos la fecha de fin de su permiso de residencia.
phrase-residence-renew-early = Hay que pedir la renovación antes de la fecha de fin. No espere al último momento.
phrase-residence-recepisse = ¿Tiene un récépissé (resguardo)? Es el papel que prueba que su solicitud está en trámite.
phrase-residence-proof-of-submission = Descarguemos el justificante de presentación (attestation de dépôt). Prueba que usted envió su solicitud.
phrase-residence-file-number = Anotemos su número de expediente. Hay que copiarlo en cada mensaje.
phrase-residence-automatic-reply = Este mensaje es una respuesta automática. Nadie ha leído todavía su solicitud.
phrase-residence-convocation = ¿Ha recibido una citación (convocation)? Enséñeme la carta o el mensaje.
phrase-residence-convocation-bring = El día de la cita, lleve la citación y todos los papeles que pide la carta.

# Se usan para las citas en línea en la prefectura: no hay horario libre, nuevos intentos, pruebas, juez y référé (procedimiento judicial urgente).
## Citas: prefectura, no hay horario libre, pruebas, juez

phrase-appointment-no-slot = El sitio dice que no hay ninguna cita libre.
phrase-appointment-not-your-fault = No es culpa suya. Muchas personas no consiguen tener una cita.
phrase-appointment-try-tomorrow = Lo intentaremos otra vez mañana por la mañana.
phrase-appointment-screenshot-proof = Esta captura de pantalla prueba que no había citas.
phrase-appointment-journal = Relais anota cada intento en su diario, con la fecha y la hora.
phrase-appointment-try-often = Para tener pruebas, hay que intentarlo a menudo, durante varias semanas.
phrase-appointment-without-me = Si lo intenta sin mí, haga una captura de pantalla cada vez.
phrase-appointment-judge = Con estas pruebas, un abogado puede pedir al juez que obligue a la prefectura a darle una cita.
phrase-appointment-legal-aid = Si tiene pocos ingresos, la asistencia jurídica gratuita (aide juridictionnelle) puede pagar al abogado.
phrase-appointment-export-consent = ¿Quiere que prepare el expediente de pruebas para su abogado?
phrase-appointment-got-slot = Tiene una cita. Anotemos la fecha, la hora y la dirección.
phrase-appointment-confirmation = Guarde el correo electrónico de confirmación. Quizá tenga que enseñarlo en la entrada.

# Se usan para la CAF: número de beneficiario, declaración trimestral de ingresos, pagos, datos bancarios.
## Prestaciones: CAF, declaración trimestral, banco

phrase-benefits-claimant-number = ¿Tiene su número de beneficiario de la CAF (numéro allocataire)? Está arriba, en las cartas de la CAF.
phrase-benefits-quarterly = Cada 3 meses, hay que declarar sus ingresos a la CAF.
phrase-benefits-payments-stop = Sin esta declaración, la CAF deja de pagar.
phrase-benefits-income-per-month = ¿Cuánto dinero recibió cada mes, durante los últimos 3 meses?
phrase-benefits-payslips = ¿Tiene sus nóminas o sus extractos de cuenta de estos 3 meses?
phrase-benefits-rib = ¿Tiene un RIB? Es el papel del banco con los números de su cuenta.
phrase-benefits-rib-name = La cuenta bancaria debe estar a su nombre.
phrase-benefits-check-payments = Miremos sus pagos en su área personal de la CAF.
phrase-benefits-caf-message = La CAF le ha escrito. Voy a leer el mensaje con usted.
phrase-benefits-caf-appointment = Podemos pedir una cita con un asesor de la CAF.

# Se usan para la salud: cuenta Ameli, tarjeta Vitale, número de la seguridad social, Ayuda Médica del Estado (AME).
## Salud: Ameli, tarjeta Vitale, AME

phrase-health-carte-vitale = ¿Tiene una tarjeta Vitale (tarjeta sanitaria)?
phrase-health-social-security-number = Su número de la seguridad social está en su tarjeta Vitale y en su certificado de derechos (attestation de droits).
phrase-health-ameli-account = ¿Tiene una cuenta en el sitio Ameli?
phrase-health-download-attestation = Podemos descargar su certificado de derechos en Ameli.
phrase-health-doctor = ¿Tiene un médico de cabecera (médecin traitant)?
phrase-health-ame-what = La AME paga la atención médica de las personas sin permiso de residencia que están en Francia desde hace más de 3 meses.
phrase-health-ame-proof-3-months = ¿Tiene una prueba de que está en Francia desde hace más de 3 meses?
phrase-health-ame-in-person = La primera solicitud de AME se entrega en persona, en la oficina de la CPAM.
phrase-health-ame-renew = La AME dura 1 año. Hay que pedirla otra vez cada año.

# Se usan para las cuentas en línea: correo electrónico, contraseña, códigos recibidos por SMS, FranceConnect.
## Cuenta: correo electrónico, contraseña, códigos SMS, FranceConnect

phrase-account-email = ¿Tiene una dirección de correo electrónico?
phrase-account-open-mailbox = ¿Puede abrir su correo electrónico en su teléfono?
phrase-account-create-email = ¿Quiere que creemos juntos una dirección de correo electrónico? Lleva un poco de tiempo.
phrase-account-spam-folder = ¿No llega el mensaje? Miremos en la carpeta «correo no deseado» o «spam».
phrase-account-activation-link = El sitio le ha enviado un enlace por correo electrónico. Púlselo para activar su cuenta.
phrase-account-password-yourself = Escriba usted su contraseña. Yo no miro.
phrase-account-password-forgotten = Si ha olvidado su contraseña, podemos elegir una nueva.
phrase-account-password-note = Apunte su contraseña en un papel y guárdelo en un lugar seguro.
phrase-account-phone-number = ¿Este número de teléfono es suyo? El sitio va a enviar códigos a este número.
phrase-account-sms-code = Ha recibido un código por SMS. ¿Puede leérmelo?
phrase-account-code-quick = Este código solo funciona unos minutos. Escribámoslo ahora.
phrase-account-code-never-give = Nunca dé este código a alguien que le llame por teléfono.
phrase-account-franceconnect = Con FranceConnect, usted entra con una cuenta que ya tiene, por ejemplo Ameli o impots.gouv.

# Se usan cuando el sitio muestra una verificación «No soy un robot» (CAPTCHA). Relais nunca la resuelve.
## Verificación antirrobot (CAPTCHA)

phrase-captcha-what = El sitio comprueba que usted es una persona, no un robot.
phrase-captcha-not-for-you = Relais nunca responde a esta verificación por usted. Yo le explico cómo hacerlo.
phrase-captcha-audio = Hay una versión de audio. Va a oír letras o cifras.
phrase-captcha-write-what-you-hear = Escuche bien y luego escriba lo que oye.
phrase-captcha-listen-again = Puede escuchar otra vez o pedir una imagen nueva.
phrase-captcha-keyboard = Con la tecla Tab del teclado, puede llegar hasta el botón de audio.
phrase-captcha-not-your-fault = No es culpa suya. Esta verificación es difícil para muchas personas.
phrase-captcha-failure-recorded = Cada fallo se anota en su diario, como prueba.
phrase-captcha-other-way = Si sigue sin funcionar, puede pedir a la administración otra forma de hacerlo, sin internet.
