### Textos de la interfaz de Relais, español. Los identificadores empiezan por la superficie que los muestra.

## Ventana de la extensión
popup-title = Relais
popup-language = Su idioma
popup-site-on = Mostrar las traducciones en este sitio
popup-site-unsupported = Relais funciona en los sitios web de los servicios públicos franceses. Esta página no es uno de ellos.
popup-site-add = Usar también Relais en este sitio
popup-unreviewed = Esta traducción la hizo una máquina y todavía no la ha revisado un hablante nativo. Si algo no está claro, pida ayuda a un mediador.
popup-reviewed = Esta traducción la revisó un hablante nativo.
popup-produced = Cómo se hizo esta traducción: { $produced }
popup-error = Relais no pudo iniciarse: { $detail }

## En las páginas de los portales
overlay-explain = Explicar
overlay-unreviewed = Traducción todavía no revisada por un hablante nativo.
overlay-fallback = Todavía no traducido a su idioma: se muestra en otro idioma.
overlay-read-aloud = Leer en voz alta
overlay-no-voice = Esta computadora no tiene voz para su idioma. Puede escuchar en francés.
overlay-hard = Texto en francés difícil: lea despacio o pida ayuda a un mediador.
overlay-close = Cerrar
overlay-read-french = Leer en francés
# Machine-drafted (AI language model, December 2026), not reviewed: the next four messages.
overlay-key-words = Palabras clave:
overlay-translation-unreviewed = traducción aún no revisada
overlay-translation-by-portal = traducción del propio sitio
overlay-source = Fuente: { $name }, comprobado el { $date }

## Errores (cada uno corresponde a un error del núcleo Rust)
error-protocol = Relais recibió un mensaje que no entiende. ({ $detail })
error-unknown-language = Relais todavía no tiene este idioma.
error-locale = Un archivo de idioma de Relais está dañado. Elija otro idioma o vuelva a instalar Relais. ({ $detail })
error-not-loaded = El idioma se está cargando. Vuelva a intentarlo en un momento.

## Ayuda para los CAPTCHA (Relais nunca resuelve un CAPTCHA: lo explica)
captcha-title = Verificación de seguridad: «Je ne suis pas un robot» (No soy un robot)
captcha-what = El sitio le pide que demuestre que es una persona y no un programa informático. Relais no responde por usted: así puede pasar esta verificación por su cuenta.
captcha-steps-captchetat = Escriba en el campo las letras y los números de la imagen, exactamente como los ve, sin espacios.
captcha-audio-captchetat = Para escuchar el código, use el botón del altavoz: «Énoncer le code» (Decir el código). Puede escucharlo todas las veces que necesite. El botón con flechas muestra una imagen nueva.
captcha-steps-recaptcha-v2 = Marque la casilla «Je ne suis pas un robot» (No soy un robot). Si aparecen imágenes, elija las que le piden y pulse «Valider» (Validar).
captcha-audio-recaptcha-v2 = Si no ve bien las imágenes, pulse el botón de los auriculares en la ventana de las imágenes: oirá palabras que debe escribir. Puede volver a escucharlas.
captcha-steps-recaptcha-invisible = No tiene que hacer nada: esta verificación se hace sola. Si la página dice que usted parece un robot, espere un poco y vuelva a intentarlo.
captcha-steps-hcaptcha = Marque la casilla «Je suis un humain» (Soy un humano). Si aparecen imágenes, elija las que le piden.
captcha-audio-hcaptcha = hCaptcha tiene una opción de accesibilidad: en la ventana de las imágenes, abra el menú para pedir una pregunta en texto, o regístrese una vez para obtener la cookie de accesibilidad de hCaptcha.
captcha-steps-turnstile = Normalmente no tiene que hacer nada. Si aparece una casilla, márquela y espere unos segundos.
captcha-steps-friendly-captcha = La verificación se hace sola. Espere hasta que diga que ha terminado; si le pide que pulse su botón, púlselo.
captcha-steps-image = Copie los caracteres de la imagen en el campo que está al lado.
captcha-audio-image = Si hay un botón para escuchar o para obtener una imagen nueva, puede usarlo todas las veces que necesite.
captcha-steps-question = Responda a la pregunta en el campo. Es una pregunta sencilla, por ejemplo una suma.
captcha-fails = Si sigue sin funcionar, pida ayuda a un mediador. Relais anota cada fallo en su diario, como prueba. Usted tiene derecho a pedir a la administración otra forma de hacer este trámite, sin internet.
captcha-go-audio = Ir a la versión de audio
captcha-go-widget = Ir a la verificación
captcha-blocked = Esta verificación de seguridad falló { $count ->
        [one] { $count } vez
       *[other] { $count } veces
    }. Relais lo anotó.

## Diario de pruebas
popup-journal = Abrir mi diario
popup-report = Esto me bloquea: guardar esta página
popup-report-note = ¿Qué pasó? (opcional)
popup-recorded = Guardado en su diario.
journal-title = Mi diario de pruebas
journal-intro = Cada fallo encontrado en un portal, anotado por Relais automáticamente. Cada registro está encadenado al anterior, así que nadie puede cambiarlo sin que se note.
journal-empty = Todavía no hay nada anotado.
journal-per-day = Intentos por día
journal-attempts = Intentos: { $count }
journal-delete = Borrar esta entrada
journal-delete-confirm = ¿Borrar esta entrada? Quedará en el diario como borrado, con su motivo.
journal-export = Exportar el paquete (ZIP) para un abogado
journal-print = Imprimir el expediente (PDF)
journal-import = Importar un paquete desde otra computadora
journal-import-ok = Paquete verificado e importado: { $count ->
        [one] { $count } registro
       *[other] { $count } registros
    }.
journal-import-refused = Paquete rechazado, su diario no ha cambiado: { $detail }
journal-error = No se pudo leer el diario: { $detail }
journal-storage-full = Guardado en su diario, pero sin la captura de pantalla: el espacio de este navegador está lleno. Exporte su diario y luego libere espacio.
journal-not-recorded = Relais no pudo guardar este fallo en su diario. Haga usted mismo una captura de pantalla.

## Modo mediador: la barra en la página del portal, la página del mediador, la ventana de la extensión
popup-mediator-start = Empezar una sesión de mediación
popup-mediator-on = Hay una sesión de mediación en curso.
popup-mediator-open = Frases, notas, fin de la sesión
mediator-bar = Relais, modo mediador
mediator-language = Idioma de la persona:
mediator-read-field = Leer este campo en voz alta
mediator-no-field = Primero haga clic en un campo del formulario, o llegue a él con la tecla Tab.
mediator-smaller = Texto más pequeño
mediator-larger = Texto más grande
mediator-phrases = Frases
mediator-notes = Notas
mediator-end = Terminar la sesión
mediator-title = Sesión de mediación
mediator-intro = Para un mediador y la persona que está a su lado, ante la misma pantalla. Las notas y las frases secretas se escriben solo en esta página, nunca en el sitio.
mediator-session-title = Sesión
mediator-session-on = Hay una sesión en curso. Empezó: { $started }.
mediator-no-session = No hay ninguna sesión en curso. Elija el idioma de la persona y luego empiece una sesión.
mediator-choose-language = Idioma de la persona
mediator-start = Empezar una sesión
mediator-started = Sesión empezada. Ahora el sitio muestra el francés y el idioma de la persona, uno al lado del otro.
mediator-phrases-title = Tarjetas de frases
mediator-unreviewed = Traducción todavía no revisada por un hablante nativo.
mediator-card-read = Leer en voz alta
mediator-card-close = Cerrar
mediator-notes-title = Notas de la sesión
mediator-notes-help = Se guardan solo durante esta sesión, salvo si la persona decide guardarlas con su diario.
mediator-notes-saved = Notas guardadas para esta sesión.
mediator-end-title = Terminar la sesión
mediator-end-help = Todo lo de esta sesión se borra de esta computadora: idioma, notas, diario, capturas. La persona puede guardar su diario en un perfil protegido con una frase secreta.
mediator-keep-legend = ¿Qué guardar?
mediator-keep-none = No guardar nada
mediator-keep-profile = Guardar el diario en un perfil protegido con una frase secreta
mediator-profile-name = Nombre del perfil (bastan unas iniciales o un apodo)
mediator-passphrase = Frase secreta (al menos 8 caracteres)
mediator-passphrase-again = Frase secreta, otra vez
mediator-keep-notes = Guardar las notas con el diario
mediator-end-button = Terminar la sesión ahora
mediator-ended = Sesión terminada. No queda nada de ella en esta computadora.
mediator-ended-kept = Sesión terminada. El diario está guardado en el perfil protegido «{ $profile }»; no queda nada más en esta computadora.
mediator-profile-name-needed = Dele un nombre al perfil.
mediator-passphrase-short = La frase secreta debe tener al menos 8 caracteres.
mediator-passphrase-mismatch = Las dos frases secretas son diferentes.
mediator-wrong-passphrase = Esta frase secreta no abre este perfil. No se cambió nada.
mediator-profiles-title = Perfiles guardados en esta computadora
mediator-profiles-empty = No hay ningún perfil guardado en esta computadora.
mediator-profile-dates = Creado: { $created }. Guardado por última vez: { $updated }.
mediator-profile-open = Abrir y empezar una sesión
mediator-profile-opened = Perfil «{ $profile }» abierto: hay una sesión en curso con su diario.
mediator-profile-export = Exportar el diario (ZIP)
mediator-profile-delete = Borrar
mediator-profile-delete-confirm = ¿Borrar este perfil y su diario de esta computadora? No se podrá deshacer.
mediator-profile-deleted = Perfil «{ $profile }» borrado.

## Página del diario: agrupación y notas
journal-notes = Notas
journal-note-add = Añadir una nota
journal-note-label = Su nota (se añade a la cadena con su hora y después no se podrá cambiar)
journal-note-save = Guardar la nota
journal-note-journal = Nota sobre todo el diario
journal-note-saved = Nota guardada en el diario.
journal-research = Compartir cifras anónimas para la investigación

## Exportación para la investigación
research-title = Compartir cifras anónimas para la investigación
research-intro = Investigadores y asociaciones cuentan los fallos que las personas encuentran en los sitios web de los servicios públicos franceses, para mostrar dónde estos sitios bloquean a la gente. Usted puede darles cifras de su diario. Relais no envía nada por sí solo: usted descarga un archivo y decide a quién dárselo.
research-shared-title = Qué contiene el archivo
research-shared = Una línea por fallo y por hora: el portal, el trámite, el tipo de fallo, el mensaje del portal con los datos personales reemplazados (por ejemplo [PHONE] en lugar de un número de teléfono), la hora redondeada hacia abajo y en hora universal (UTC), el día de la semana, el número de intentos, la familia de su navegador, la versión de Relais, un identificador de colaborador y un identificador de archivo, nuevo para cada archivo.
research-never-title = Qué no contiene nunca
research-never = Ninguna captura de pantalla, ninguna dirección de página, ningún título de página, ninguna nota, ninguna hora exacta al minuto, nada de lo que usted escribió. Las entradas que borró de su diario no se incluyen. Cuando pulsó «Esto me bloquea», lo que escribió no se comparte: esas líneas tienen un mensaje vacío.
research-contributor = Identificador de colaborador: { $id }
research-contributor-help = Un número elegido al azar por Relais en esta computadora. Permite a los investigadores contar cuántas personas distintas enviaron cifras, sin saber quiénes son. Es el mismo en todos sus archivos; puede crear uno nuevo en cualquier momento.
research-contributor-new = Crear un nuevo identificador de colaborador
research-contributor-changed = Se creó un nuevo identificador de colaborador. Las líneas de abajo lo llevan.
research-departement-label = Su departamento (opcional)
research-departement-none = No compartido
research-departement-consent = Si elige un departamento, acepta que se añada a cada línea del archivo. Deje «No compartido» para no darlo.
research-table-caption = Líneas del archivo: { $count }. Desmarque una línea para no incluirla.
research-col-include = Incluir
research-col-portal = Portal
research-col-procedure = Trámite
research-col-kind = Fallo
research-col-message = Mensaje del portal (sin datos personales)
research-col-hour = Hora (UTC)
research-col-weekday = Día
research-col-attempts = Intentos
research-include-label = Incluir la línea { $n }: { $portal }, { $kind }, { $hour }
research-every-line = Cada línea lleva también: identificador de colaborador { $id }, navegador { $browser }, Relais { $version }, versión del formato { $schema }, departamento: { $departement }.
research-departement-not-shared = no compartido
research-download-jsonl = Descargar el archivo (JSON Lines)
research-download-csv = Descargar el archivo (CSV, para una hoja de cálculo)
research-downloaded = Archivo listo: { $file }, { $count ->
        [one] { $count } línea
       *[other] { $count } líneas
    }.
research-nothing-selected = No hay ninguna línea marcada: no hay nada que descargar.
research-empty = Su diario todavía no tiene ningún fallo para compartir.
research-left-out = Algunas entradas de su diario no se pudieron convertir en líneas y no se incluyen: { $count }.
research-error = No se pudo crear el archivo para la investigación: { $detail }
research-kind-no-slot = Ninguna cita libre
research-kind-http-error = Error del sitio web
research-kind-network-error = El sitio web no responde
research-kind-technical-error = Error técnico
research-kind-service-unavailable = Servicio no disponible
research-kind-session-expired = Sesión caducada
research-kind-file-refused = Documento rechazado
research-kind-account-locked = Cuenta bloqueada
research-kind-wrong-credentials = Identificador o contraseña incorrectos
research-kind-captcha-blocked = Verificación de seguridad (CAPTCHA)
research-kind-form-error = Formulario rechazado
research-kind-user-reported = Señalado por usted
research-kind-other = Otro
journal-tsa-title = Hora de confianza (opcional)
journal-tsa-help = Una autoridad de sellado de tiempo (RFC 3161) puede firmar la huella del último registro de su diario: eso prueba que el diario existía en ese momento. Relais solo le envía esa huella, nada de sus registros. Lo mejor es usar dos autoridades independientes.
journal-tsa-urls = Direcciones de las autoridades de sellado de tiempo, una por línea
journal-tsa-button = Poner ahora un sello de tiempo en mi diario
journal-tsa-ok = Sello de tiempo puesto por { $tsa }.
journal-tsa-failed = No se pudo poner el sello de tiempo ({ $tsa }): { $detail }
journal-tsa-denied = Relais necesita su permiso para contactar estas direcciones. No se envió nada.

## Untranslated strings page
untranslated-title = Textos sin traducción
untranslated-intro = Los textos de los portales que este ordenador encontró sin traducción completa, contados sin datos personales: los números, fechas y direcciones se sustituyen por variables. Nada sale del ordenador: puede exportar la lista para traductores.
untranslated-lang-label = Idioma de la traducción
untranslated-col-french = Texto en francés
untranslated-col-portal = Portal
untranslated-col-kind = Tipo
untranslated-col-count = Veces
untranslated-col-last = Última vez
untranslated-export = Exportar para traductores (archivo PO)
untranslated-clear = Borrar la lista
untranslated-clear-confirm = ¿Borrar todos los textos contados en este ordenador?
untranslated-cleared = Lista borrada.
untranslated-empty = Ningún texto sin traducción para este idioma.
untranslated-count =
    { $count ->
        [one] Un texto sin traducción.
       *[other] { $count } textos sin traducción.
    }
untranslated-exported = Archivo listo: { $file }, { $count ->
        [one] un texto
       *[other] { $count } textos
    }.
popup-untranslated = Textos sin traducción
