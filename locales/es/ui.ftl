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
overlay-read-french = Leer en francés

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
captcha-blocked = Intentos fallidos de esta verificación de seguridad: { $count }. Relais lo anotó.

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
journal-import-ok = Paquete verificado e importado. Registros: { $count }.
journal-import-refused = Paquete rechazado, su diario no ha cambiado: { $detail }
journal-error = No se pudo leer el diario: { $detail }
