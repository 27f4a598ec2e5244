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
