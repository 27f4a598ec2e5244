### Relais — Spanish glossary (neutral Spanish), translated from the French master (locales/fr/glossary.ftl).
### Machine-drafted by an AI language model, November 2026, not reviewed by a native speaker.
### Same message ids as the French master. Only the value, .explain, .where and .todo are translated.

## Identidad

concept-identite = identidad
    .explain = Esta parte del formulario pregunta quién es usted: apellido, nombre, fecha y lugar de nacimiento. Escriba los datos tal como aparecen en su pasaporte o en su permiso de residencia.
    .where = Cópielos de su pasaporte, su documento de identidad o su permiso de residencia.

concept-nom = apellido
    .explain = "Nom" es el apellido, no el nombre. Escríbalo exactamente como aparece en sus documentos de identidad.
    .where = En su pasaporte o su permiso de residencia, en la línea "Nom".

concept-nom-d-une-chose = nombre (de una cosa o un lugar)
    .explain = El nombre es la palabra que designa una cosa, un lugar o un organismo: una calle, una ciudad, una asociación, un puesto. Para una persona, es su apellido.

concept-au-nom-de = en nombre de
    .explain = Actuar en nombre de alguien quiere decir hacer un trámite en su lugar. Por ejemplo, un ayudante rellena un expediente por usted.

concept-nom-de-naissance = apellido de nacimiento
    .explain = El apellido de nacimiento es el que figura en su partida de nacimiento. No cambia con el matrimonio.
    .where = En su partida de nacimiento o en su pasaporte.

concept-nom-d-usage = apellido de uso (por ejemplo, de casada)
    .explain = El "nom d'usage" es otro apellido que usted usa en la vida diaria, por ejemplo el de su esposo o esposa. Si no tiene, deje este campo vacío.

concept-prenom = nombre (de pila)
    .explain = El nombre es el nombre personal que le dieron al nacer, antes del apellido. Si tiene varios, escríbalos en el mismo orden que en sus documentos.
    .where = En su pasaporte o su permiso de residencia, en la línea "Prénom(s)".

concept-sans-prenom = no tengo nombre de pila
    .explain = Marque esta casilla solo si sus documentos de identidad no tienen ningún nombre de pila. Es el caso de algunas personas nacidas en el extranjero.

concept-sexe = sexo
    .explain = El sitio pregunta si usted es hombre o mujer. Elija lo que está escrito en sus documentos de identidad.
    .where = En su pasaporte o permiso de residencia: M para hombre, F para mujer.

concept-masculin = masculino
    .explain = "Masculin" quiere decir hombre. Elíjalo si sus documentos indican M.

concept-feminin = femenino
    .explain = "Féminin" quiere decir mujer. Elíjalo si sus documentos indican F.

concept-civilite = tratamiento (Sr., Sra.)
    .explain = La "civilité" es la palabra de cortesía que va antes de su nombre, como Madame (señora) o Monsieur (señor). La administración la usa para escribirle.

concept-titre-d-appel = forma de tratamiento
    .explain = Es la palabra usada para dirigirse a usted en las cartas, como Madame, Monsieur o Docteur. Elija la que le corresponda.

concept-madame = Señora (Madame)
    .explain = Madame es el tratamiento de cortesía para una mujer, casada o no. La administración ya no usa Mademoiselle (señorita).

concept-monsieur = Señor (Monsieur)
    .explain = Monsieur es el tratamiento de cortesía para un hombre.

concept-docteur = Doctor (Dr.)
    .explain = Docteur es un título para una persona que tiene un doctorado, a menudo un médico. Elíjalo solo si es su caso.

concept-inspecteur = Inspector
    .explain = Inspecteur es un título de profesión, por ejemplo inspector de trabajo. En un formulario, elíjalo solo si es su profesión.

concept-sans-reponse = sin respuesta
    .explain = Puede elegir esta respuesta si no quiere dar esta información. Esta opción está permitida en este formulario.

concept-date-de-naissance = fecha de nacimiento
    .explain = Es el día, el mes y el año en que usted nació. Escriba la fecha como en sus documentos, a menudo en la forma día/mes/año, por ejemplo 05/03/1990.
    .where = En su pasaporte, su permiso de residencia o su partida de nacimiento.

concept-lieu-de-naissance = lugar de nacimiento
    .explain = Es la ciudad o el pueblo donde usted nació. Escriba el nombre como en sus documentos de identidad.
    .where = En su pasaporte o su partida de nacimiento.

concept-pays-de-naissance = país de nacimiento
    .explain = Es el país donde usted nació, aunque hoy tenga otra nacionalidad. Elíjalo en la lista.

concept-departement-de-naissance = departamento de nacimiento
    .explain = Es el número del departamento francés (zona administrativa) donde usted nació. Si nació fuera de Francia, a menudo se elige "99" o "Étranger" (extranjero).

concept-nationalite = nacionalidad
    .explain = La nacionalidad es el país del que usted es ciudadano, el que le dio su pasaporte. Si tiene dos nacionalidades, el sitio suele pedir la principal.
    .where = En su pasaporte o su permiso de residencia.

concept-nationalite-francaise = francesa (nacionalidad)
    .explain = Elija "Française" solo si tiene la nacionalidad francesa. Un permiso de residencia no da la nacionalidad francesa.

concept-etranger = ciudadano extranjero
    .explain = Para la administración, una persona extranjera es una persona que no tiene la nacionalidad francesa. No depende del lugar donde usted vive.

concept-apatride = apátrida
    .explain = Una persona apátrida no tiene la nacionalidad de ningún país. La OFPRA (oficina francesa de refugiados) puede reconocer este estatus y dar protección.

concept-jour = día
    .explain = El día es el número del día en el mes, del 1 al 31. A menudo se escribe con dos cifras, por ejemplo 05.

concept-mois = mes
    .explain = El mes se escribe con un número del 1 al 12, o con su nombre. Enero es 01 y diciembre es 12.

concept-annee = año
    .explain = El año se escribe con cuatro cifras, por ejemplo 1990. No escriba solo las dos últimas cifras.

concept-age = edad
    .explain = La edad es el número de años desde su nacimiento. Algunos derechos dependen de su edad.

concept-signature = firma
    .explain = La firma es su marca personal escrita a mano, siempre igual. Al firmar, usted confirma que la información es verdadera.

concept-filiation = filiación (datos de los padres)
    .explain = La filiación es el vínculo con sus padres. El sitio pide el apellido y el nombre de su padre y de su madre, como en su partida de nacimiento.
    .where = En su partida de nacimiento.

## Situación familiar y estado civil

concept-situation-familiale = situación familiar
    .explain = El sitio pregunta si usted vive solo o en pareja, y de qué forma. Su respuesta puede cambiar el cálculo de sus ayudas o de sus impuestos.

concept-celibataire = soltero
    .explain = "Célibataire" quiere decir que usted no está casado ni tiene un PACS. Para los impuestos, una pareja que vive junta sin estar casada ni tener PACS hace dos declaraciones separadas. Pero a la CAF debe declarar igualmente que vive en pareja, porque cambia sus ayudas.

concept-marie = casado
    .explain = "Marié" quiere decir que usted se casó oficialmente, en Francia o en otro país. Guarde el acta de matrimonio, se pide a menudo.

concept-pacse = con PACS (pareja de hecho registrada)
    .explain = El PACS es un contrato oficial entre dos personas que viven en pareja. Es distinto del matrimonio y se hace en el ayuntamiento o ante un notario.

concept-concubinage = convivencia en pareja (sin casarse)
    .explain = "Concubinage" quiere decir que usted vive en pareja sin estar casado ni tener PACS. Para la CAF (oficina de prestaciones familiares), vivir en pareja cambia el cálculo de las ayudas.

concept-divorce = divorciado
    .explain = "Divorcé" quiere decir que su matrimonio terminó oficialmente por una sentencia o un acta. El sitio puede pedir la fecha del divorcio.

concept-veuf = viudo
    .explain = "Veuf" o "veuve" quiere decir que su esposo o esposa ha fallecido. Usted puede tener derecho a algunas ayudas.

concept-separe = separado
    .explain = "Séparé" quiere decir que ya no vive con su esposo o esposa, pero todavía no está divorciado. Comunique la fecha de separación a los organismos que le pagan ayudas.

concept-conjoint = cónyuge
    .explain = El "conjoint" es la persona con quien usted está casado. A veces la palabra designa también a la pareja con PACS o a la persona que vive en pareja con usted.

concept-enfant-a-charge = hijo a cargo
    .explain = Un hijo a cargo vive con usted y usted paga sus necesidades. El número de personas a cargo cambia el importe de las ayudas y de los impuestos.

concept-mineur = menor de edad
    .explain = Una persona menor de edad tiene menos de 18 años. Por ella, a menudo un padre o un representante legal hace los trámites.

concept-majeur = mayor de edad
    .explain = Una persona mayor de edad tiene 18 años o más. Hace sus trámites ella misma.

concept-etat-civil = estado civil (registro civil)
    .explain = El "état civil" reúne los datos oficiales sobre usted: nacimiento, matrimonio, defunción, apellido. El servicio de registro civil del ayuntamiento hace las actas oficiales.

concept-acte-de-naissance = partida de nacimiento (acta de nacimiento)
    .explain = La partida de nacimiento es el documento oficial que prueba su nacimiento, sus nombres y sus padres. Si nació en el extranjero, pueden pedir una traducción.
    .where = Si nació en Francia: pídala al ayuntamiento del lugar de nacimiento. Si nació en el extranjero: a las autoridades de su país de nacimiento. Para las personas protegidas por la OFPRA, es la OFPRA quien la hace.

concept-acte-de-mariage = acta de matrimonio
    .explain = El acta de matrimonio es el documento oficial que prueba su matrimonio. La hace el ayuntamiento o la autoridad del país donde usted se casó.

concept-livret-de-famille = libro de familia
    .explain = El "livret de famille" es una pequeña libreta oficial que da el ayuntamiento al casarse o al nacer el primer hijo. Contiene a los padres y a los hijos.

## Datos de contacto

concept-coordonnees = datos de contacto
    .explain = Sus datos de contacto son los medios para comunicarse con usted: dirección, teléfono, correo electrónico. Revíselos bien, si no, no recibirá las respuestas.

concept-adresse-electronique = correo electrónico
    .explain = Es su dirección de correo electrónico, por ejemplo nombre@ejemplo.fr, con el signo @. Elija una dirección que usted pueda abrir, porque los códigos y las respuestas llegan allí.

concept-numero-de-telephone = número de teléfono
    .explain = Escriba el número donde se le puede llamar. Un número francés tiene 10 cifras y empieza por 0.

concept-telephone-portable = teléfono móvil (celular)
    .explain = Es el número de su teléfono móvil, que en Francia suele empezar por 06 o 07. El sitio puede enviarle códigos por SMS.

concept-telephone-fixe = teléfono fijo
    .explain = Es el número de un teléfono conectado a una casa o a una oficina. Si no tiene, deje este campo vacío.

concept-indicatif = prefijo telefónico del país
    .explain = El prefijo es el código del país que se pone delante del número de teléfono. Para Francia es +33, y entonces se quita el primer 0.

concept-sms = SMS (mensaje de texto)
    .explain = Un SMS es un mensaje escrito que se recibe en el teléfono móvil. Los sitios suelen enviar un código por SMS.

## Dirección

concept-adresse = dirección
    .explain = Es el lugar donde usted vive o recibe su correo. La administración le enviará cartas a esta dirección.

concept-adresse-postale = dirección postal
    .explain = Es la dirección donde el correo le lleva las cartas. Puede ser distinta del lugar donde duerme, por ejemplo una "domiciliation" (dirección en una organización).

concept-complement-d-adresse = datos adicionales de la dirección
    .explain = Este campo sirve para los detalles que ayudan al cartero: edificio, piso, apartamento, nombre en el buzón. A menudo es opcional.

concept-numero = número (de la calle)
    .explain = En una dirección, es el número de la casa o del edificio en la calle. Puede llevar "bis" o "ter" después del número.

concept-numero-d-identification = número
    .explain = Un número es una serie de cifras, a veces con letras, que designa algo: un expediente, una tarjeta, un teléfono. Cópielo sin cambiar nada.

concept-voie = calle (vía)
    .explain = La "voie" es la calle de su dirección: rue, avenue, boulevard, chemin, place. Escriba su tipo y su nombre, sin el número.

concept-batiment = edificio (bloque)
    .explain = Si su residencia tiene varios edificios, escriba la letra o el número del suyo. Esto ayuda al cartero a encontrar su buzón.

concept-immeuble = edificio de viviendas
    .explain = Un "immeuble" es un edificio de varios pisos con varias viviendas. Escriba su nombre o su número si tiene uno.

concept-escalier = escalera
    .explain = En algunos edificios, las escaleras tienen una letra o un número. Escriba el de su vivienda si lo conoce.

concept-numero-d-appartement = número de apartamento
    .explain = Es el número de su vivienda dentro del edificio. A menudo está escrito en la puerta o en su contrato de alquiler.

concept-etage = piso (planta)
    .explain = El piso es el nivel de su vivienda en el edificio. La planta baja ("rez-de-chaussée") es el piso 0.

concept-lieu-dit = paraje (lieu-dit)
    .explain = Un "lieu-dit" es el nombre de un pequeño lugar en el campo, sin nombre de calle. Escríbalo si forma parte de su dirección.

concept-commune-deleguee = antiguo municipio fusionado (commune déléguée)
    .explain = Una "commune déléguée" es un antiguo municipio que se unió a otro municipio. Su nombre a veces sigue en la dirección.

concept-boite-postale = apartado postal (BP)
    .explain = Un apartado postal ("boîte postale") es un buzón en la oficina de correos donde se recibe el correo. Tiene un número, a menudo escrito BP y un número.

concept-cedex = Cedex
    .explain = Cedex es una palabra que se añade a algunas direcciones de empresas o administraciones que reciben mucho correo. Si su dirección no lo tiene, deje este campo vacío.

concept-code-postal = código postal
    .explain = El código postal es un número de 5 cifras para la ciudad o el barrio. Por ejemplo 75011 para una parte de París.
    .where = En una carta recibida en su dirección, antes del nombre de la ciudad.

concept-commune = ciudad o municipio
    .explain = La "commune" es la ciudad o el pueblo donde usted vive. A menudo se elige en una lista después de escribir el código postal.

concept-departement = departamento (zona administrativa)
    .explain = Francia está dividida en departamentos, que tienen un número. Su prefectura es la del departamento donde usted vive.

concept-pays = país
    .explain = Elija el país en la lista. Para una dirección en Francia, elija France.

concept-changement-d-adresse = cambio de dirección
    .explain = Cuando se muda, debe dar su nueva dirección a las administraciones. Si tiene un permiso de residencia, avise a la prefectura en un plazo de 3 meses.

concept-hebergement = alojado por otra persona
    .explain = Estar "hébergé" quiere decir que usted vive en casa de otra persona, sin pagar alquiler o pagando poco. El sitio suele pedir una prueba firmada por esa persona.

concept-attestation-d-hebergement = certificado de alojamiento (attestation d'hébergement)
    .explain = Es una carta firmada por la persona que lo aloja, que dice que usted vive en su casa. Se adjunta su documento de identidad y un justificante de domicilio a su nombre.

concept-justificatif-de-domicile = justificante de domicilio
    .explain = Es un documento reciente que prueba su dirección: factura de electricidad, recibo de alquiler, certificado de alojamiento. A menudo debe tener menos de 3 meses.

concept-domiciliation = domiciliación postal (domiciliation)
    .explain = Si no tiene una dirección estable, un CCAS (servicio social municipal) o una asociación autorizada puede recibir su correo. Esta dirección le permite hacer sus trámites.
    .where = El certificado se lo da el CCAS o la asociación que le ofrece la domiciliación.

concept-sans-domicile-stable = sin domicilio fijo
    .explain = Usted no tiene domicilio fijo si no tiene una vivienda propia. Aun así tiene derecho a una dirección para su correo: la domiciliación.

## Cuenta y conexión

concept-identifiant = identificador (usuario)
    .explain = El "identifiant" es el nombre o el número que lo identifica en el sitio. Según el sitio, es su correo electrónico, un número o un nombre elegido.
    .where = En la ANEF (servicio en línea para extranjeros), suele ser su número de extranjero. En el sitio de impuestos, es su número fiscal.

concept-mot-de-passe = contraseña
    .explain = La contraseña es un código secreto que usted elige para entrar en su cuenta. No se la dé a nadie y anótela en un lugar seguro.

concept-confirmation-du-mot-de-passe = confirmar la contraseña
    .explain = Escriba por segunda vez la misma contraseña. Así el sitio comprueba que usted no se equivocó al escribir.

concept-se-connecter = iniciar sesión
    .explain = Iniciar sesión quiere decir entrar en su cuenta con su identificador y su contraseña. Después, usted ve su expediente.

concept-connexion = inicio de sesión
    .explain = La "connexion" es la entrada en su cuenta personal en el sitio. Necesita su identificador y su contraseña.

concept-se-deconnecter = cerrar sesión
    .explain = Cerrar sesión quiere decir salir de su cuenta. Hágalo siempre en una computadora compartida, para proteger su información.

concept-creer-un-compte = crear una cuenta
    .explain = Crear una cuenta quiere decir registrarse en el sitio la primera vez. Usted elige un identificador y una contraseña, y a menudo recibe un correo para confirmar.

concept-compte = cuenta
    .explain = Su cuenta es su espacio propio en el sitio. Guarda sus solicitudes, sus documentos y sus mensajes.

concept-prendre-en-compte = tener en cuenta
    .explain = "Prendre en compte" quiere decir mirar una información y usarla para decidir. Esta palabra no tiene relación con su cuenta en el sitio.

concept-mot-de-passe-oublie = contraseña olvidada
    .explain = Haga clic aquí si ya no recuerda su contraseña. El sitio le envía un enlace o un código para elegir una nueva.

concept-reinitialiser-le-mot-de-passe = restablecer la contraseña
    .explain = Restablecer quiere decir cambiar su contraseña por una nueva. Siga el enlace recibido por correo y elija una contraseña que no olvide.

concept-se-souvenir-de-moi = recordarme
    .explain = Si marca esta casilla, el sitio guarda su identificador para la próxima vez. No la marque en una computadora compartida.

concept-franceconnect = FranceConnect
    .explain = FranceConnect permite entrar en un sitio del Estado con una cuenta que usted ya tiene, por ejemplo Ameli o L’Identité Numérique La Poste. No necesita una contraseña nueva.

concept-identite-numerique = identidad digital
    .explain = La identidad digital es una forma segura de demostrar quién es usted en internet, con una aplicación en su teléfono. Se puede usar con FranceConnect.

concept-validation-en-deux-etapes = verificación en dos pasos
    .explain = Además de la contraseña, el sitio le pide un código recibido por SMS, por correo electrónico o en una aplicación. Esto protege su cuenta.

concept-code-de-verification = código de verificación
    .explain = El sitio le envía un código por SMS o por correo electrónico para comprobar que es usted. Cópielo rápido, porque solo funciona unos minutos.
    .where = Mire sus SMS o su bandeja de correo, y también la carpeta "courrier indésirable" o "spam" (correo no deseado).

concept-lien-d-activation = enlace de activación
    .explain = Después de registrarse, el sitio le envía un correo con un enlace. Haga clic en ese enlace para activar su cuenta, a menudo en un plazo limitado.
    .where = En su bandeja de correo, y también en la carpeta "spam" o "courrier indésirable" (correo no deseado).

concept-espace-personnel = área personal
    .explain = El área personal es la parte del sitio reservada para usted, después de iniciar sesión. Allí sigue sus solicitudes y encuentra sus documentos.

concept-messagerie = mensajería (buzón de mensajes)
    .explain = La mensajería permite escribir a la administración y leer sus respuestas en su cuenta. Revísela a menudo, porque pueden llegar mensajes importantes.

concept-profil = perfil
    .explain = Su perfil contiene los datos sobre usted que guarda el sitio: nombre, dirección, teléfono. A menudo puede corregirlos aquí.

## Navegación y botones

concept-afficher = mostrar
    .explain = "Afficher" quiere decir mostrar en la pantalla. Junto a una contraseña, este botón muestra los caracteres que usted escribió.

concept-masquer = ocultar
    .explain = "Masquer" quiere decir ocultar. La contraseña vuelve a verse como puntos o asteriscos.

concept-valider = validar (confirmar)
    .explain = "Valider" quiere decir confirmar y enviar sus respuestas. Relea antes de hacer clic, porque a veces ya no se puede modificar después.

concept-envoyer = enviar
    .explain = "Envoyer" transmite su formulario o su mensaje a la administración. Después del envío, guarde la confirmación o haga una captura de pantalla.

concept-suivant = siguiente
    .explain = El botón "Suivant" lo lleva al paso siguiente. En otros lugares, "suivant" quiere decir "que viene después", por ejemplo "les documents suivants" (los documentos siguientes).

concept-precedent = anterior
    .explain = El botón "Précédent" lo lleva al paso anterior para releerlo o corregirlo. En otros lugares, "précédent" quiere decir "de antes", por ejemplo "l'année précédente" (el año anterior).

concept-retour = volver
    .explain = "Retour" lo lleva a la página anterior. Cuidado: algunas respuestas pueden perderse.

concept-annuler = cancelar
    .explain = "Annuler" detiene la acción en curso, sin guardar lo que usted hizo en esta página.

concept-enregistrer = guardar (registrar)
    .explain = El botón "Enregistrer" guarda sus respuestas, pero su solicitud todavía no se ha enviado. "Enregistrer une demande" también quiere decir registrarla oficialmente, por ejemplo una solicitud de asilo.

concept-brouillon = borrador
    .explain = Un borrador es una solicitud empezada pero no enviada. La administración no la ve mientras usted no la envíe.

concept-modifier = modificar
    .explain = "Modifier" permite cambiar un dato ya escrito.

concept-mise-a-jour = actualización
    .explain = "Mettre à jour" quiere decir cambiar una información para que sea correcta hoy. Por ejemplo, escribir su nueva dirección.

concept-supprimer = eliminar
    .explain = "Supprimer" borra el elemento para siempre, por ejemplo un archivo añadido. Compruebe antes de hacer clic.

concept-rechercher = buscar
    .explain = "Rechercher" permite encontrar una página o una información escribiendo una palabra.

concept-telecharger = descargar
    .explain = "Télécharger" quiere decir copiar un documento del sitio a su teléfono o su computadora. Algunos sitios también usan esta palabra para enviar un archivo al sitio.

concept-televerser = subir (un archivo)
    .explain = "Téléverser" quiere decir enviar un archivo de su teléfono o computadora al sitio. Por ejemplo una foto o un escaneo de su pasaporte.

concept-deposer-un-dossier = presentar un expediente o una solicitud
    .explain = Presentar ("déposer") un expediente o una solicitud quiere decir enviarlo a la administración. Antes, compruebe que está completo. Después, guarde el justificante de presentación.

concept-ajouter-un-fichier = añadir un archivo
    .explain = Este botón abre sus carpetas para elegir el documento que va a enviar. Compruebe el formato y el tamaño pedidos antes de elegirlo.

concept-imprimer = imprimir
    .explain = "Imprimer" saca el documento en papel con una impresora. También puede guardarlo en PDF para conservarlo.

concept-fermer = cerrar
    .explain = "Fermer" hace desaparecer de la pantalla la ventana o el mensaje.

concept-menu = menú
    .explain = El menú es la lista de las partes del sitio. Haga clic en él para ver las páginas disponibles.

concept-accueil = inicio (página principal)
    .explain = "Accueil" es la primera página del sitio. Puede volver a ella si se pierde.

concept-aide = ayuda
    .explain = "Aide" da explicaciones sobre el sitio y los trámites. La palabra "aide" también quiere decir una suma de dinero que da un organismo (una ayuda o prestación).

concept-nous-contacter = contáctenos
    .explain = Esta página permite escribir a la administración, a menudo con un formulario. Guarde una copia de su mensaje y de la respuesta.

concept-foire-aux-questions = preguntas frecuentes (FAQ)
    .explain = Es una página con las preguntas que la gente hace a menudo, y sus respuestas.

concept-recapitulatif = resumen
    .explain = El resumen muestra todas sus respuestas antes del envío. Reléalo bien y corrija los errores antes de validar.

concept-etape = paso (etapa)
    .explain = Un trámite en línea se divide en pasos. El sitio suele mostrar en qué paso está usted y cuántos quedan.

concept-tableau-de-bord = panel principal
    .explain = El panel principal ("tableau de bord") es la página principal de su cuenta. Muestra sus solicitudes, su estado y sus mensajes.

concept-demarche = trámite
    .explain = Un trámite es lo que usted hace para obtener algo de la administración: un documento, una ayuda, un derecho.

concept-voie-electronique = por vía electrónica (por internet)
    .explain = "Par voie électronique" quiere decir por internet: en un sitio, por correo electrónico o en su cuenta. No es una dirección.

concept-demarche-en-ligne = trámite en línea
    .explain = Un trámite en línea se hace por internet, sin ir a una ventanilla. Si no lo logra, pida ayuda. Para un permiso de residencia, debe existir otra solución si el sitio no funciona para usted, incluso con ayuda.

concept-capture-d-ecran = captura de pantalla
    .explain = Una captura de pantalla es una foto de lo que muestra su pantalla. Puede probar un problema, por ejemplo la falta de citas, con la fecha y la hora.

concept-cookies = cookies
    .explain = Las cookies son pequeños archivos que el sitio guarda en su navegador. El sitio debe pedir su acuerdo para las que no son necesarias. Rechazar debe ser tan fácil como aceptar.

concept-accessibilite = accesibilidad
    .explain = La accesibilidad quiere decir que el sitio debe poder usarlo todo el mundo, también con una discapacidad. Si no es así, usted puede avisarlo.

concept-mentions-legales = aviso legal
    .explain = Esta página dice quién gestiona el sitio y quién es responsable. No es útil para hacer su trámite.

concept-conditions-generales = condiciones de uso
    .explain = Son las reglas de uso del sitio. El sitio suele pedirle que las acepte antes de continuar.

concept-parametres-d-affichage = opciones de visualización
    .explain = Aquí usted elige el aspecto del sitio: colores claros u oscuros. Esto no cambia su trámite.

concept-theme-clair = tema claro
    .explain = El tema claro muestra el texto oscuro sobre un fondo blanco.

concept-theme-sombre = tema oscuro
    .explain = El tema oscuro muestra el texto claro sobre un fondo oscuro. Puede descansar la vista.

concept-theme-systeme = sistema (igual que su dispositivo)
    .explain = Aquí, "système" quiere decir que el sitio usa los mismos colores que su teléfono o su computadora.

concept-republique-francaise = República Francesa (République française)
    .explain = Este logotipo muestra que el sitio pertenece al Estado francés. Desconfíe de los sitios falsos que piden dinero por un trámite gratuito.

concept-navigateur = navegador (de internet)
    .explain = El navegador es el programa que abre los sitios de internet, como Chrome, Firefox, Safari o Edge.

concept-service-public-fr = Service-Public.fr (sitio oficial de información)
    .explain = Es el sitio oficial que explica sus derechos y los trámites en Francia. También da enlaces a los formularios correctos.

concept-demarches-simplifiees = démarches-simplifiées (sitio de formularios del Estado)
    .explain = Es un sitio del Estado donde muchas administraciones ponen sus formularios en línea. Allí usted presenta su expediente y sigue la respuesta.

## Formularios

concept-demande = solicitud
    .explain = Una solicitud ("demande") es lo que usted envía a la administración para obtener algo: un permiso, una ayuda, una cita.

concept-champ-de-saisie = campo de texto
    .explain = Un campo de texto es una casilla donde usted escribe una respuesta con el teclado.

concept-saisir = introducir (rellenar)
    .explain = "Saisir" o "renseigner" quiere decir escribir un dato en un campo del formulario. En derecho, "saisir un juge" quiere decir pedirle a un juez que decida.

concept-libelle = etiqueta
    .explain = La etiqueta ("libellé") es el texto que está encima de una casilla. Dice lo que hay que escribir o elegir.

concept-legende = título del grupo de preguntas
    .explain = La "légende" es el título de un grupo de preguntas. Explica lo que esas preguntas piden juntas.

concept-case-a-cocher = casilla de verificación
    .explain = Una casilla de verificación es un cuadradito. Haga clic en ella para decir sí, y vuelva a hacer clic para quitar la marca.

concept-cocher = marcar (una casilla)
    .explain = "Cocher" quiere decir hacer clic en una casilla para poner una marca. Quiere decir sí o acepto.

concept-bouton-radio = botón de opción
    .explain = Un botón de opción es un circulito. Usted solo puede elegir una respuesta en el grupo.

concept-liste-deroulante = lista desplegable
    .explain = Una lista desplegable se abre cuando usted hace clic en ella. Después elija una respuesta de la lista.

concept-selectionner-une-option = seleccionar una opción
    .explain = "Sélectionner" quiere decir elegir una respuesta en una lista. Haga clic en la lista y luego en su respuesta.

concept-option = opción
    .explain = Una opción es una de las elecciones posibles en una lista.

concept-champ-obligatoire = campo obligatorio
    .explain = Usted debe rellenar este campo; si no, el formulario no se envía. A menudo está marcado con un asterisco *.

concept-optionnel = opcional
    .explain = "Optionnel" quiere decir que no está obligado a responder. Puede dejar este campo vacío.

concept-format-attendu = formato esperado
    .explain = El formato esperado muestra cómo escribir la respuesta, por ejemplo la fecha en JJ/MM/AAAA (día/mes/año). Respételo; si no, el sitio muestra un error.

concept-exemple = ejemplo
    .explain = El ejemplo muestra una respuesta posible. No lo copie: escriba su propia información de la misma forma.

concept-indication = indicación
    .explain = La indicación es un texto corto debajo de la pregunta. Explica cómo responder.

concept-texte-de-description = texto de descripción
    .explain = Este texto da más explicaciones sobre la pregunta. Léalo antes de responder.

concept-fichier = archivo
    .explain = Un archivo es un documento guardado en su teléfono o su computadora: foto, escaneo, PDF.

concept-format-de-fichier = formato de archivo
    .explain = El formato es el tipo de archivo, escrito después del punto en su nombre: pdf, jpg, png. El sitio solo acepta los formatos de la lista.

concept-taille-maximale = tamaño máximo
    .explain = Es el peso más grande aceptado para un archivo, a menudo en MB (Mo en francés). Si su archivo pesa demasiado, baje la calidad del escaneo o de la foto.

concept-caractere = carácter
    .explain = Un carácter es una letra, una cifra, un espacio o un signo. A veces el sitio cuenta el número de caracteres escritos.

concept-caractere-special = carácter especial
    .explain = Un carácter especial es un signo que no es ni letra ni cifra, por ejemplo ! @ # o ?. Muchas contraseñas piden al menos uno.

concept-chiffre = cifra (dígito)
    .explain = Una cifra es uno de los signos del 0 al 9. Una contraseña a menudo debe tener al menos una.

concept-chiffre-d-affaires = volumen de negocio (facturación)
    .explain = El volumen de negocio es todo el dinero que cobra una empresa, antes de quitar los gastos. Los microempresarios lo declaran a la URSSAF.

concept-majuscule = mayúscula
    .explain = Una mayúscula es una letra grande, como A, B, C. Algunos campos piden escribir el apellido en mayúsculas.

concept-minuscule = minúscula
    .explain = Una minúscula es una letra pequeña, como a, b, c.

concept-piece-jointe = archivo adjunto
    .explain = Un archivo adjunto es un archivo añadido a un mensaje o a una solicitud.

concept-piece-justificative = documento justificativo
    .explain = Es un documento que prueba lo que usted declara: pasaporte, justificante de domicilio, nómina. El sitio da la lista de documentos pedidos.

concept-montant = importe (cantidad)
    .explain = El importe es una suma de dinero, en euros. Escriba solo las cifras, sin el signo €, si el sitio lo pide.

concept-motif = motivo
    .explain = El motivo es la razón de su solicitud o de su cita. Elija el que corresponda a su situación.

concept-attestation-sur-l-honneur = declaración jurada (attestation sur l'honneur)
    .explain = Es un texto en el que usted declara por escrito que sus datos son verdaderos. Una declaración falsa puede ser castigada.

concept-consentement = consentimiento
    .explain = Dar su consentimiento quiere decir aceptar algo, por ejemplo el uso de sus datos. Lea el texto antes de marcar la casilla.

concept-donnees-personnelles = datos personales
    .explain = Son los datos sobre usted: nombre, dirección, números, salud. La ley protege estos datos y usted puede pedir verlos o corregirlos.

concept-mention-cnil = aviso de protección de datos (CNIL)
    .explain = Este texto explica qué hace la administración con sus datos y cuánto tiempo los guarda. También dice cómo ejercer sus derechos sobre esos datos.

concept-cnil = CNIL (autoridad francesa de protección de datos)
    .explain = La CNIL es la autoridad que protege sus datos personales en Francia. Puede presentarle una queja si sus datos se usan mal.

concept-rgpd = RGPD (ley europea de protección de datos)
    .explain = El RGPD es la ley europea que protege sus datos personales. Le da derecho a ver, corregir o borrar sus datos.

## CAPTCHA

concept-captcha = captcha (prueba antirrobot)
    .explain = Un captcha es una prueba que comprueba que una persona, y no un programa, usa el sitio. A menudo hay una versión de audio para las personas que ven mal.
    .todo = Si no lo consigue, pruebe la versión de audio o pida ayuda. Guarde una captura de pantalla de cada fallo: es una prueba de que el sitio lo bloquea.

concept-je-ne-suis-pas-un-robot = no soy un robot
    .explain = Marque esta casilla para mostrar que usted es una persona. A veces el sitio pide después elegir imágenes.
    .todo = Si la prueba falla varias veces, pruebe la versión de audio. Si sigue bloqueado, haga una captura de pantalla y pida otra forma de hacer el trámite.

concept-code-de-securite = código de seguridad
    .explain = Copie las letras y cifras que aparecen en la imagen, en el mismo orden. Tenga cuidado con las mayúsculas.

concept-version-audio = versión de audio
    .explain = Este botón lee el código en voz alta, para las personas que ven mal la imagen. Después escriba lo que oye.

concept-nouvelle-image = nueva imagen
    .explain = Si no consigue leer el código, este botón muestra otro.

## Residencia de extranjeros

concept-titre-de-sejour = permiso de residencia
    .explain = El permiso de residencia es la tarjeta que le da derecho a vivir en Francia. Tiene una fecha de fin: pida la renovación antes.
    .where = Lo recibió en la prefectura. Guarde también el "récépissé" (resguardo) si tiene uno.

concept-carte-de-sejour-temporaire = tarjeta de residencia temporal
    .explain = Es un permiso de residencia válido por un año como máximo. Antes de su fecha de fin, pida su renovación: según su situación, puede recibir entonces una tarjeta plurianual.

concept-carte-de-sejour-pluriannuelle = tarjeta de residencia plurianual
    .explain = Es un permiso de residencia válido por varios años, a menudo hasta 4 años. En general se obtiene después de un primer permiso de un año.

concept-carte-de-resident = tarjeta de residente (de 10 años)
    .explain = La tarjeta de residente es un permiso de residencia de 10 años. Da más estabilidad y permite trabajar.

concept-recepisse = resguardo (récépissé)
    .explain = El "récépissé" es un papel de la prefectura que prueba que su solicitud está en trámite. Mientras es válido, su estancia es legal.
    .where = Lleva su número de extranjero y su fecha de fin. Llévelo siempre con su pasaporte.

concept-attestation-de-prolongation-d-instruction = certificado de prórroga durante el trámite
    .explain = Si su solicitud de renovación está completa y se hizo a tiempo, la ANEF le da este documento durante el estudio. Con su permiso anterior, prueba que su estancia sigue siendo legal y mantiene sus derechos, como el trabajo. Dura como máximo 3 meses y puede renovarse.
    .where = Descárguelo en su cuenta ANEF. Puede llegar un nuevo certificado si el estudio dura mucho.

concept-attestation-de-depot = justificante de presentación
    .explain = Este documento prueba que usted envió su solicitud en línea, con la fecha. Atención: no prueba que su estancia sea legal. Guárdelo con cuidado.
    .where = En su cuenta ANEF o en el correo recibido después del envío.

concept-attestation-de-decision-favorable = certificado de decisión favorable
    .explain = Este documento dice que la prefectura aceptó su solicitud de permiso de residencia. Prueba su derecho de estancia mientras espera la tarjeta.
    .where = En su cuenta ANEF.

concept-autorisation-provisoire-de-sejour = autorización provisional de residencia (APS)
    .explain = La APS es un documento de residencia de corta duración, que se da en algunos casos concretos. Por ejemplo, una persona bajo protección temporal, llegada de Ucrania, recibe una APS de 6 meses renovable. Esta APS permite trabajar.

concept-visa = visado (visa)
    .explain = El visado es la autorización para entrar en Francia, pegada en su pasaporte. Un visado de corta estancia permite quedarse 90 días como máximo en un periodo de 180 días.
    .where = En su pasaporte, en una página entera.

concept-vls-ts = visado de larga estancia que vale como permiso de residencia (VLS-TS)
    .explain = Este visado permite vivir en Francia durante su validez, de 4 meses a 1 año, como un permiso de residencia. Debe validarlo en línea en los 3 meses siguientes a su llegada.

concept-validation-du-visa = validación del visado
    .explain = La validación del visado de larga estancia se hace en línea en el sitio de la ANEF. Usted paga una tasa con un timbre fiscal y luego guarda el certificado de validación.
    .where = Necesita el número del visado, la fecha de entrada en Francia y su dirección.

concept-numero-de-visa = número de visado
    .explain = Es el número de la etiqueta del visado pegada en su pasaporte. El sitio lo pide para validar su visado.
    .where = Arriba a la derecha de la etiqueta del visado pegada en su pasaporte.

concept-numero-etranger = número de extranjero (AGDREF)
    .explain = El número de extranjero es su número personal en la prefectura, de 9 o 10 cifras. Guárdelo: sirve para sus trámites de residencia.
    .where = En su permiso de residencia y en su "récépissé". A menudo sirve de identificador en la ANEF.

concept-anef = ANEF (servicio en línea para extranjeros)
    .explain = La ANEF es el sitio del Estado para las solicitudes de permiso de residencia, de naturalización o de validación de visado. La mayoría de estas solicitudes ahora solo se hacen allí.

concept-ofii = OFII (oficina francesa de inmigración e integración)
    .explain = La OFII recibe a las personas extranjeras que llegan a Francia. Hace la revisión médica, el contrato de integración y paga la ayuda a los solicitantes de asilo.

concept-prefecture = prefectura (oficina del Estado)
    .explain = La prefectura es la oficina del Estado en su departamento. Decide sobre los permisos de residencia.

concept-sous-prefecture = subprefectura
    .explain = La subprefectura es una oficina del Estado más pequeña que la prefectura, en algunas ciudades del departamento. A veces tramita las solicitudes de residencia.

concept-guichet = ventanilla
    .explain = La ventanilla ("guichet") es el mostrador donde un empleado de la administración atiende al público. Muchas ventanillas ya solo atienden con cita previa.

concept-guichet-unique-asile = ventanilla única para solicitantes de asilo (GUDA)
    .explain = La GUDA es la oficina de la prefectura donde usted registra su solicitud de asilo. Allí recibe el certificado de solicitud de asilo.

concept-spada = SPADA (servicio de primera acogida de solicitantes de asilo)
    .explain = La SPADA es el lugar de primera acogida de los solicitantes de asilo. Le da la cita en la GUDA y puede ofrecerle una domiciliación postal.

concept-convocation = citación (convocatoria oficial)
    .explain = Una "convocation" es una carta que le pide ir a un lugar, un día y a una hora precisos. Vaya con la carta y todos los papeles pedidos.
    .todo = Si no puede ir, avise rápido a la administración por escrito y guarde una prueba.

concept-naturalisation = naturalización
    .explain = La naturalización es la solicitud para hacerse francés. Se hace en la ANEF y en general exige varios años de residencia en Francia.

concept-regroupement-familial = reagrupación familiar
    .explain = La reagrupación familiar permite traer a Francia a su esposo o esposa y a sus hijos menores. Se necesitan ingresos y una vivienda suficientes.

concept-admission-exceptionnelle-au-sejour = admisión excepcional de residencia (regularización)
    .explain = Es una solicitud de permiso de residencia para una persona sin papeles, por motivos de trabajo o de familia. La prefectura decide caso por caso.

concept-etranger-malade = permiso de residencia por motivos de salud
    .explain = Este permiso de residencia es para una persona gravemente enferma que no puede recibir tratamiento en su país. Un médico de la OFII da su opinión sobre el expediente.

concept-demande-d-asile = solicitud de asilo
    .explain = La solicitud de asilo es la petición de protección a Francia, si usted está en peligro en su país. Decide la OFPRA.

concept-demandeur-d-asile = solicitante de asilo
    .explain = Un solicitante de asilo ha pedido la protección de Francia y espera la decisión. En general, tiene derecho a quedarse en Francia mientras se estudia su solicitud, con el certificado de solicitud de asilo.

concept-attestation-de-demande-d-asile = certificado de solicitud de asilo
    .explain = Este documento prueba que usted pidió asilo y que su estancia es legal. Hay que renovarlo antes de su fecha de fin.
    .where = Se lo dan en la ventanilla única (GUDA) de la prefectura.

concept-refugie = refugiado
    .explain = El estatuto de refugiado es una protección que da la OFPRA o la CNDA (tribunal de asilo). Da derecho a una tarjeta de residente de 10 años.

concept-protection-subsidiaire = protección subsidiaria
    .explain = La protección subsidiaria se da a una persona amenazada en su país pero no reconocida como refugiada. Da derecho a una tarjeta de residencia plurianual.

concept-ofpra = OFPRA (oficina francesa de protección de refugiados y apátridas)
    .explain = La OFPRA estudia las solicitudes de asilo y decide si da o no una protección. También hace los documentos de estado civil de las personas protegidas.

concept-cnda = CNDA (Tribunal Nacional del Derecho de Asilo)
    .explain = La CNDA es el tribunal donde se impugna una negativa de la OFPRA. El plazo para presentar este recurso es de un mes. Para tener un abogado pagado por la asistencia jurídica gratuita, pídala en los 15 días.

concept-passeport = pasaporte
    .explain = El pasaporte es el documento de identidad y de viaje que da su país. Muchas solicitudes de permiso de residencia lo piden.
    .where = El número está arriba a la derecha en la página con su foto.

concept-passeport-talent = pasaporte talento (passeport talent)
    .explain = Es una tarjeta de residencia de varios años, hasta 4 años, para personas cualificadas, investigadores, artistas o creadores de empresas. Ahora se llama tarjeta de residencia « talent ».

concept-dcem = documento de circulación para extranjero menor (DCEM)
    .explain = El DCEM permite a un niño extranjero que vive en Francia viajar y volver sin visado. La solicitud se hace para el hijo menor.

concept-titre-d-identite-et-de-voyage = título de identidad y de viaje (TIV)
    .explain = El TIV es un documento de viaje que da la prefectura a algunas personas protegidas. Sustituye al pasaporte cuando no se puede obtener uno del propio país.

concept-titre-de-voyage = documento de viaje
    .explain = El documento de viaje sustituye al pasaporte para los refugiados y los apátridas. No permite a los refugiados ir al país del que huyeron.

concept-oqtf = obligación de salir del territorio francés (OQTF)
    .explain = La OQTF es una decisión de la prefectura que le ordena salir de Francia. El plazo para impugnarla ante el tribunal es muy corto, a veces de pocos días.
    .todo = Mire la fecha de la carta y contacte enseguida con una asociación o un abogado. Guarde el sobre.

concept-irtf = prohibición de regreso al territorio francés (IRTF)
    .explain = La IRTF prohíbe volver a Francia durante un tiempo fijado. A menudo acompaña a una OQTF y también puede impugnarse.

concept-contrat-d-integration-republicaine = contrato de integración republicana (CIR)
    .explain = El CIR es un contrato firmado con la OFII cuando usted llega. Incluye clases de francés y una formación sobre la vida en Francia.

concept-visite-medicale = revisión médica
    .explain = La OFII puede citarlo a una revisión médica después de su llegada. Es obligatoria para algunos permisos de residencia.

concept-date-d-expiration = fecha de caducidad
    .explain = Es la fecha en que su documento deja de ser válido. Pida la renovación antes de esa fecha.
    .where = En el permiso de residencia, el "récépissé" o el pasaporte, a menudo junto a "Valable jusqu'au" (válido hasta).

concept-date-de-delivrance = fecha de expedición
    .explain = Es la fecha en que la administración le entregó el documento.
    .where = En el propio documento, a menudo cerca de la fecha de caducidad.

concept-date-d-entree-en-france = fecha de entrada en Francia
    .explain = Es el día en que usted llegó a Francia. Guarde pruebas: sello en el pasaporte, billete de avión o de tren.
    .where = En el sello de entrada de su pasaporte.

concept-renouvellement = renovación
    .explain = La renovación es la solicitud de un nuevo permiso cuando el anterior va a terminar. En la ANEF, pida la renovación de un permiso de residencia entre 120 y 60 días antes de su fecha de fin. Para un permiso que se pide en ventanilla, es dentro de los 2 meses antes de la fecha de fin.

concept-premiere-demande = primera solicitud
    .explain = Elija "première demande" si nunca ha tenido este tipo de permiso o de documento.

concept-changement-de-statut = cambio de estatus
    .explain = El cambio de estatus es la solicitud de otro tipo de permiso de residencia. Por ejemplo, pasar de estudiante a asalariado.

concept-etudiant = estudiante
    .explain = Este permiso de residencia es para las personas inscritas en una escuela o una universidad. Permite trabajar como máximo 964 horas al año, es decir, el 60 % de un tiempo completo. Hay reglas diferentes para algunos países, como Argelia.

concept-salarie = asalariado
    .explain = Un asalariado trabaja para un empleador con un contrato de trabajo. El permiso de residencia "salarié" está ligado a ese trabajo.

concept-situation-professionnelle = situación profesional
    .explain = Lo que hace para ganarse la vida: asalariado, demandante de empleo, estudiante o sin actividad. Elija su situación de hoy.

concept-travailleur-temporaire = trabajador temporal
    .explain = Este permiso de residencia es para un trabajo de menos de un año, por ejemplo un contrato corto. Dura lo mismo que el contrato.

concept-vie-privee-et-familiale = vida privada y familiar
    .explain = Este permiso de residencia se da por sus lazos familiares en Francia, por ejemplo con un cónyuge francés o un hijo francés. Permite trabajar.

concept-autorisation-de-travail = autorización de trabajo
    .explain = La autorización de trabajo permite a una persona extranjera trabajar en Francia. A menudo es el empleador quien la pide en línea.

concept-ceseda = CESEDA (código francés de extranjería y asilo)
    .explain = El CESEDA es el libro de leyes sobre la residencia de los extranjeros y el asilo en Francia. Las cartas de la prefectura citan sus artículos.

concept-dossier = expediente
    .explain = El expediente ("dossier") reúne su solicitud y todos sus documentos. La administración lo estudia para tomar una decisión.

concept-numero-de-dossier = número de expediente
    .explain = Es el número que identifica su solicitud. Anótelo: lo necesitará para escribir a la administración.
    .where = En el correo de confirmación, en el justificante de presentación o en su cuenta.

concept-instruction = en trámite (en estudio)
    .explain = La "instruction" es el estudio de su expediente por la administración. Durante ese tiempo, usted espera la decisión.

concept-decision = decisión
    .explain = La decisión es la respuesta de la administración a su solicitud: sí o no. Una decisión escrita también dice cómo impugnarla.

concept-refus = denegación
    .explain = Una denegación ("refus") quiere decir que la administración dijo que no a su solicitud. Puede impugnarla, pero el plazo es corto.
    .todo = Guarde la carta y el sobre, anote la fecha en que la recibió y contacte rápido con una asociación o un abogado.

## Justicia y recursos

concept-recours = recurso
    .explain = Un recurso es una petición para impugnar una decisión. Se escribe a la propia administración o se acude a un juez.

concept-delai-de-recours = plazo de recurso
    .explain = Es el tiempo que usted tiene para impugnar una decisión. A menudo es de 2 meses, a veces mucho menos.
    .where = Al final de la carta de decisión, en la parte "voies et délais de recours" (vías y plazos de recurso).

concept-decision-implicite-de-rejet = denegación implícita (silencio administrativo)
    .explain = Si la administración no responde durante cierto tiempo, la ley a veces considera que es una negativa. Para un permiso de residencia, este plazo es de 4 meses.
    .todo = Guarde la prueba de la fecha de su solicitud. Pasado ese plazo, puede presentar un recurso.

concept-tribunal-administratif = tribunal administrativo
    .explain = El tribunal administrativo juzga los conflictos con la administración, por ejemplo la denegación de un permiso de residencia. Para la CAF, juzga los conflictos sobre la ayuda a la vivienda y el RSA; las prestaciones familiares van al tribunal judicial (tribunal judiciaire). A veces un recurso previo es obligatorio: lea las "voies et délais de recours" en la carta.

concept-refere = procedimiento judicial urgente (référé)
    .explain = El "référé" es un procedimiento rápido ante el juez en caso de urgencia. Por ejemplo, el juez puede obligar a la prefectura a darle una cita.
    .todo = Para el "référé mesures utiles", hay que probar sus intentos: guarde capturas de pantalla con fecha, tomadas varias veces durante varias semanas.

concept-requete = demanda ante el tribunal (requête)
    .explain = La "requête" es la petición escrita que usted envía al tribunal. Explica qué impugna y por qué. En un sitio web, "requête" también quiere decir una petición enviada a la computadora del sitio.

concept-avocat = abogado
    .explain = Un abogado lo aconseja y lo defiende ante el juez. Si usted tiene pocos ingresos, la asistencia jurídica gratuita puede pagarlo.

concept-aide-juridictionnelle = asistencia jurídica gratuita
    .explain = La "aide juridictionnelle" paga todos o parte de los gastos de abogado y de justicia, si sus ingresos son bajos. Pídala en el tribunal o a su abogado.

concept-conseil-d-etat = Consejo de Estado (Conseil d'État)
    .explain = El Conseil d'État es el tribunal más alto para los conflictos con la administración. El 3 de junio de 2022 decidió que el Estado puede imponer la ANEF para los permisos de residencia. Pero el Estado debe ayudar y ofrecer otra solución si, incluso con ayuda, el sitio no funciona para usted.

concept-defenseur-des-droits = Defensor de los Derechos (Défenseur des droits)
    .explain = El Défenseur des droits ayuda gratis a las personas que tienen un problema con una administración o sufren discriminación. Puede contactarlo en línea, por teléfono o ver a un delegado.

concept-mediateur = mediador
    .explain = Un mediador ayuda a resolver un desacuerdo con una administración, sin ir al tribunal. A menudo hay que haber escrito antes a la administración.

concept-reclamation = reclamación
    .explain = Una reclamación es un mensaje para decir que usted no está de acuerdo o que hay un error. Guarde una copia y la fecha de envío.

concept-recours-amiable = recurso amistoso (ante la comisión)
    .explain = Para impugnar una decisión de la CAF o de la Assurance Maladie, escriba primero a su comisión de recurso amistoso, en general en un plazo de 2 meses. Este recurso suele ser obligatorio antes de ir al tribunal. Para el RSA, el recurso previo va al consejo departamental (conseil départemental).

concept-preuve = prueba
    .explain = Una prueba es un documento que muestra lo que pasó: carta, correo electrónico, captura de pantalla con fecha. Guárdelas todas, pueden servir ante un juez.

concept-alternative-non-numerique = alternativa no digital
    .explain = Para un permiso de residencia, si la ANEF no funciona para usted ni siquiera con ayuda, el Estado debe ofrecer otra solución. Lo dijo el Conseil d'État el 3 de junio de 2022. Para otros trámites, depende: pregunte a la administración.
    .todo = Primero pida ayuda al centro de contacto de la ANEF o al punto de acogida digital de la prefectura. Guarde las pruebas: correos electrónicos y capturas de pantalla con fecha. Si no basta, pida por escrito otra solución.

concept-point-justice = punto de información jurídica (point-justice)
    .explain = En un "point-justice", juristas le dan consejos gratuitos sobre sus derechos.

concept-plainte = denuncia
    .explain = Poner una denuncia ("porter plainte") quiere decir informar a la policía o a la gendarmería de que usted fue víctima. Puede denunciar incluso sin permiso de residencia.

concept-casier-judiciaire = antecedentes penales
    .explain = El registro de antecedentes penales ("casier judiciaire") lista las condenas de una persona. Algunos trámites piden un certificado, que se obtiene gratis en línea.

## Prestaciones sociales

concept-caf = CAF (oficina de prestaciones familiares)
    .explain = La CAF paga ayudas en dinero: ayudas para la vivienda, RSA, prime d'activité, ayudas para los hijos. Cada departamento tiene su CAF.

concept-msa = MSA (seguridad social agrícola)
    .explain = La MSA hace el trabajo de la CAF y de la Assurance Maladie (seguro de salud) para las personas que trabajan en la agricultura.

concept-allocataire = beneficiario de prestaciones
    .explain = El "allocataire" es la persona que recibe las ayudas de la CAF o de la MSA para su hogar.

concept-numero-allocataire = número de beneficiario de la CAF
    .explain = Es su número de expediente en la CAF. Guárdelo para escribir o llamar a la CAF. Para iniciar sesión en caf.fr, en general se usa su número de la seguridad social.
    .where = Arriba en las cartas de la CAF y en el certificado de pago.

concept-prestation = prestación
    .explain = Una prestación es una ayuda, a menudo en dinero, que paga un organismo como la CAF o la Assurance Maladie.

concept-rsa = RSA (renta mínima de inserción)
    .explain = El RSA es una ayuda en dinero para las personas que tienen muy pocos o ningún ingreso, en general a partir de los 25 años. Hay que declarar los ingresos cada 3 meses.

concept-prime-d-activite = complemento por trabajo (prime d'activité)
    .explain = La "prime d'activité" es una ayuda de la CAF para las personas que trabajan y ganan poco. Hay que declarar los ingresos cada 3 meses.

concept-aide-au-logement = ayuda para la vivienda
    .explain = Es una ayuda de la CAF o de la MSA para pagar una parte del alquiler. Su importe depende de sus ingresos, del alquiler y de su familia.

concept-apl = APL (ayuda personalizada a la vivienda)
    .explain = La APL es una ayuda para la vivienda en viviendas concertadas ("conventionnés"), a menudo viviendas sociales. Puede pagarse directamente al arrendador, que la descuenta del alquiler. Si no, se le paga a usted.

concept-als = ALS (subsidio social de vivienda)
    .explain = La ALS es una ayuda para la vivienda para personas sin hijos a cargo que no tienen derecho a la APL. Los estudiantes la reciben a menudo.

concept-alf = ALF (subsidio familiar de vivienda)
    .explain = La ALF es una ayuda para la vivienda para las familias, por ejemplo con hijos a cargo, que no tienen derecho a la APL.

concept-allocations-familiales = subsidio familiar por hijos
    .explain = Las "allocations familiales" las paga la CAF cada mes si usted tiene al menos 2 hijos a cargo. El importe depende de sus ingresos.

concept-paje = Paje (ayudas para niños pequeños)
    .explain = La Paje reúne las ayudas de la CAF para el nacimiento y los niños pequeños. También ayuda a pagar el cuidado del niño.

concept-allocation-de-rentree-scolaire = ayuda para la vuelta al colegio (ARS)
    .explain = La ARS es una ayuda que se paga a finales del verano por cada hijo de 6 a 18 años que va a la escuela. Depende de sus ingresos.

concept-aah = AAH (subsidio para adultos con discapacidad)
    .explain = La AAH es una ayuda en dinero para los adultos con discapacidad que tienen pocos ingresos. Decide la MDPH y luego paga la CAF o la MSA.

concept-mdph = MDPH (centro departamental para personas con discapacidad)
    .explain = La MDPH estudia las solicitudes de las personas con discapacidad, por ejemplo la AAH o la tarjeta de movilidad e inclusión (CMI). Desde 2017, la CMI sustituye a la tarjeta de invalidez (carte d'invalidité). Una antigua tarjeta de invalidez sigue siendo válida como máximo hasta el 31 de diciembre de 2026.

concept-allocation-de-soutien-familial = subsidio de apoyo familiar (ASF)
    .explain = La ASF ayuda al padre o la madre que cría solo a un hijo, cuando el otro progenitor no paga o paga poca pensión de alimentos.

concept-complement-familial = complemento familiar
    .explain = El "complément familial" es una ayuda de la CAF para las familias con al menos 3 hijos mayores de 3 años y con ingresos modestos.

concept-pension-alimentaire = pensión de alimentos
    .explain = Es el dinero que un padre o una madre separado paga al otro para los hijos. La CAF puede ayudar si ese dinero no se paga.

concept-quotient-familial = cociente familiar (QF)
    .explain = El cociente familiar es un cálculo hecho con sus ingresos y el tamaño de su familia. El ayuntamiento y otros servicios lo usan para fijar sus precios.
    .where = En su certificado de cociente familiar, que se descarga en el sitio de la CAF.

concept-ressources = ingresos (recursos)
    .explain = Sus "ressources" son todo el dinero que usted recibe: salario, paro, ayudas, pensiones. Las ayudas se calculan con sus ingresos.

concept-declaration-trimestrielle-de-ressources = declaración trimestral de ingresos
    .explain = Cada 3 meses, usted debe declarar sus ingresos a la CAF para el RSA o la prime d'activité. Sin esta declaración, los pagos se detienen.
    .todo = Hágala en cuanto la CAF la pida. Si está bloqueado, guarde una captura de pantalla y contacte con la CAF.

concept-declaration-de-situation = declaración de situación
    .explain = Es un formulario donde usted le dice al organismo quién vive con usted, dónde vive y a qué se dedica. Sirve para calcular sus derechos.

concept-changement-de-situation = cambio de situación
    .explain = Debe comunicar rápido a la CAF o a la CPAM (oficina del seguro de salud) cualquier cambio: mudanza, nacimiento, vida en pareja, separación, trabajo. Si no, podría tener que devolver dinero.

concept-indu = cobro indebido
    .explain = Un "indu" es dinero que usted recibió de más. El organismo le pide devolverlo, a menudo descontándolo de sus próximas ayudas.
    .todo = Si no está de acuerdo, presente un recurso amistoso en el plazo escrito en la carta. También puede pedir la condonación de la deuda o un pago a plazos.

concept-remise-de-dette = condonación de la deuda
    .explain = Puede pedir no devolver todo o parte de un cobro indebido, si no puede pagar. También puede pedir pagar en varios plazos.

concept-rappel = pago atrasado (o recordatorio)
    .explain = Un "rappel" es dinero que el organismo le debía y que le paga con retraso, de una sola vez. Un "rappel" también puede ser un mensaje que le recuerda una fecha.

concept-paiement = pago
    .explain = El pago es el dinero que se paga, a usted o por usted. En su cuenta de la CAF, esta página muestra las ayudas pagadas.

concept-versement = abono (pago en su cuenta)
    .explain = El "versement" es el envío de dinero a su cuenta bancaria. La CAF suele pagar las ayudas de un mes el día 5 del mes siguiente. El dinero puede llegar a su cuenta hasta 3 días después.

concept-droits = derechos
    .explain = Sus derechos son lo que la ley le permite recibir o hacer. Por ejemplo, el derecho a una ayuda para la vivienda.

concept-ouverture-de-droits = reconocimiento del derecho
    .explain = La "ouverture de droits" quiere decir que el organismo aceptó su solicitud. A partir de esa fecha, usted puede recibir la ayuda.

concept-fin-de-droits = fin del derecho
    .explain = Es la fecha en que una ayuda se termina. Infórmese antes, porque a veces es posible otra ayuda.

concept-attestation-de-paiement = certificado de pago
    .explain = Este documento prueba las ayudas que usted recibe y su importe. Se lo piden para una vivienda, un comedor escolar u otra ayuda.
    .where = Se descarga en su cuenta de la CAF, en la sección de certificados ("attestations").

concept-simulation = simulación (cálculo estimado)
    .explain = La simulación calcula si usted podría tener una ayuda y cuánto. No es una solicitud: después hay que hacer la solicitud de verdad.

concept-controle = control (comprobación)
    .explain = El organismo puede comprobar sus declaraciones, por carta o con una visita. Responda en el plazo pedido y guarde copias.

concept-suspension = suspensión (pagos detenidos)
    .explain = La suspensión quiere decir que la ayuda se detiene por un tiempo, a menudo porque falta un documento o una declaración.
    .todo = Lea el mensaje para saber qué falta, envíelo rápido y guarde una prueba del envío.

concept-radiation = baja (del registro)
    .explain = La "radiation" quiere decir que lo sacan de la lista, por ejemplo de los demandantes de empleo. Sus ayudas pueden detenerse.
    .todo = Lea la carta e impúgnela rápido si es un error. Guarde las pruebas de sus trámites.

concept-rib = RIB (datos bancarios)
    .explain = El RIB es un papel de su banco con su nombre y los números de su cuenta. Se lo piden para pagarle dinero.
    .where = En la aplicación de su banco, en su chequera o en la ventanilla del banco.

concept-iban = IBAN (número internacional de cuenta bancaria)
    .explain = El IBAN es el número internacional de su cuenta bancaria. En Francia tiene 27 caracteres y empieza por FR.
    .where = En su RIB o en la aplicación de su banco.

concept-bic = BIC (código del banco)
    .explain = El BIC es el código de su banco, de 8 u 11 letras y cifras. A veces se pide junto con el IBAN.
    .where = En su RIB, al lado del IBAN.

concept-banque = banco
    .explain = El banco guarda su dinero en una cuenta. Las ayudas se pagan en una cuenta bancaria a su nombre.

concept-compte-bancaire = cuenta bancaria
    .explain = Una cuenta bancaria recibe su dinero, como el salario o las ayudas. A menudo debe estar a su nombre.

concept-droit-au-compte = derecho a una cuenta bancaria
    .explain = Si un banco se niega a abrirle una cuenta, el Banco de Francia (Banque de France) puede obligar a un banco a hacerlo. Es gratuito.

concept-cheque-energie = cheque energía (chèque énergie)
    .explain = El cheque energía ayuda a pagar la electricidad, el gas o la calefacción, según sus ingresos. Desde 2025 ya no llega siempre solo: algunas personas deben pedirlo. Declare sus ingresos cada año y consulte las reglas del año en chequeenergie.gouv.fr.

concept-aspa = ASPA (pensión mínima de vejez)
    .explain = La ASPA es una ayuda en dinero para las personas mayores, en general a partir de 65 años, que tienen ingresos bajos.

concept-retraite = jubilación (pensión)
    .explain = La jubilación es el dinero que se cobra cada mes cuando usted deja de trabajar por la edad. Su importe depende de los años trabajados.

concept-ccas = CCAS (servicio social municipal)
    .explain = El CCAS es el servicio social del ayuntamiento. Da ayudas de urgencia, ayuda con los trámites y puede ofrecerle una domiciliación postal.

concept-france-services = France Services (oficinas de ayuda con los trámites)
    .explain = En una oficina France Services, empleados le ayudan gratis con sus trámites: CAF, impuestos, salud, papeles. Hay en muchas ciudades.

concept-centre-social = centro social (centro comunitario)
    .explain = El centro social es un lugar del barrio abierto a todos. A menudo allí se puede recibir ayuda con los trámites en línea.

concept-travailleur-social = trabajador social
    .explain = El trabajador social le ayuda con sus dificultades: vivienda, dinero, papeles, salud. Puede verlo en el ayuntamiento, en el departamento o en una asociación.

concept-conseiller-numerique = asesor digital
    .explain = El asesor digital le ayuda a usar la computadora e internet para sus trámites.

concept-aidants-connect = Aidants Connect (ayudante que hace trámites por usted)
    .explain = Aidants Connect permite a un ayudante profesional hacer un trámite en línea por usted, con su acuerdo por escrito. Usted elige los trámites y la duración.

concept-interprete = intérprete
    .explain = Un intérprete traduce oralmente entre usted y la persona que habla francés. Pregunte con antelación si es posible tener un intérprete en su cita.

## Salud

concept-assurance-maladie = Assurance Maladie (seguro público de salud)
    .explain = La Assurance Maladie paga una parte de su atención médica: médico, medicamentos, hospital. Su sitio web se llama Ameli.

concept-securite-sociale = Seguridad Social (Sécurité sociale)
    .explain = La Sécurité sociale es el sistema francés que protege contra la enfermedad, la vejez y los gastos de familia. Incluye la Assurance Maladie y la CAF.

concept-ameli = Ameli (sitio del seguro de salud)
    .explain = Ameli es el sitio de la Assurance Maladie. En su cuenta, usted ve sus reembolsos y descarga el certificado de derechos.

concept-cpam = CPAM (oficina local del seguro de salud)
    .explain = La CPAM es la oficina de la Assurance Maladie en su departamento. Tramita las solicitudes de tarjeta Vitale, de AME y de Complémentaire santé solidaire.

concept-numero-de-securite-sociale = número de la seguridad social
    .explain = Es su número personal para la salud: 13 cifras y luego una clave de 2 cifras. Empieza por 1 para un hombre y por 2 para una mujer.
    .where = En su tarjeta Vitale y en su certificado de derechos.

concept-numero-provisoire = número provisional de la seguridad social
    .explain = Si usted nació en el extranjero, la Assurance Maladie le da primero un número provisional, que a menudo empieza por 7 u 8. El número definitivo llega después de verificar su estado civil.
    .where = En su certificado de derechos.

concept-carte-vitale = tarjeta Vitale (tarjeta sanitaria)
    .explain = La tarjeta Vitale es la tarjeta verde de la Assurance Maladie. Preséntela en el médico o en la farmacia para que le reembolsen más rápido.

concept-attestation-de-droits = certificado de derechos (seguro de salud)
    .explain = Este documento prueba que usted tiene seguro de salud. Muestra su número de la seguridad social y sus derechos.
    .where = Se descarga en su cuenta Ameli, o se pide en la CPAM.

concept-assure = asegurado
    .explain = El asegurado es la persona que tiene un seguro de salud a su nombre.

concept-ayant-droit = beneficiario (cubierto por el seguro de otra persona)
    .explain = Un "ayant droit" es una persona cubierta por el seguro de otra, por ejemplo un hijo por el de sus padres.

concept-aide-medicale-d-etat = Ayuda Médica del Estado (AME)
    .explain = La AME paga la atención médica de las personas sin permiso de residencia que viven en Francia desde hace más de 3 meses, con ingresos bajos. Se pide a la CPAM cada año.

concept-complementaire-sante-solidaire = Complémentaire santé solidaire (seguro complementario gratuito o barato)
    .explain = La Complémentaire santé solidaire ayuda a pagar la atención médica que la Assurance Maladie no reembolsa. Según sus ingresos, es gratuita o cuesta menos de un euro al día por persona. Pídala en Ameli o en su CPAM.

concept-puma = PUMa (cobertura sanitaria universal)
    .explain = La PUMa da seguro de salud a toda persona que trabaja o vive en Francia de forma estable y legal. Sustituyó a la CMU.

concept-mutuelle = seguro complementario de salud (mutuelle)
    .explain = La "mutuelle" paga una parte de la atención médica que la Assurance Maladie no reembolsa. En general es de pago. Con ingresos bajos, la Complémentaire santé solidaire es gratuita o cuesta menos de un euro al día por persona.

concept-medecin-traitant = médico de cabecera (médecin traitant)
    .explain = El "médecin traitant" es el médico que usted elige para que lo siga. Si no lo declara, le reembolsan menos.

concept-medecin = médico
    .explain = El médico lo atiende y puede escribir una receta o una baja laboral.

concept-ordonnance = receta médica
    .explain = La "ordonnance" es el papel del médico que lista los medicamentos o los cuidados. La farmacia la necesita. En el tribunal, una "ordonnance" también es una decisión del juez.

concept-remboursement = reembolso
    .explain = El reembolso es el dinero que la Assurance Maladie o la mutuelle le devuelve después de una atención médica. Lo ve en su cuenta Ameli.

concept-feuille-de-soins = hoja de atención en papel (feuille de soins)
    .explain = La "feuille de soins" es el papel que da el médico si usted no tiene la tarjeta Vitale. Envíela a su CPAM para que le reembolsen.

concept-arret-de-travail = baja laboral (baja médica)
    .explain = La baja laboral es un papel del médico que dice que usted no puede trabajar por motivos de salud. Envíelo a la CPAM y al empleador en un plazo de 48 horas.

concept-indemnites-journalieres = subsidio diario por enfermedad
    .explain = Son sumas que paga la Assurance Maladie durante una baja laboral. Sustituyen una parte del salario.

concept-tiers-payant = sin adelantar el pago (tiers payant)
    .explain = Con el “tiers payant”, la Assurance Maladie paga su parte directamente al médico o a la farmacia. Usted paga solo el resto, salvo si su mutua (mutuelle) también lo paga directamente.

concept-pass = servicio hospitalario de acceso a la atención (PASS)
    .explain = La PASS es un servicio del hospital para las personas sin seguro de salud. Allí lo atienden y lo ayudan a abrir sus derechos.

concept-affection-de-longue-duree = enfermedad de larga duración (ALD)
    .explain = Una ALD es una enfermedad grave y larga, como la diabetes. La atención ligada a esta enfermedad se reembolsa mejor.

concept-certificat-medical = certificado médico
    .explain = El certificado médico es un papel escrito por un médico sobre su estado de salud. Algunos trámites lo piden, por ejemplo el permiso de residencia por motivos de salud.

concept-mon-espace-sante = Mon espace santé (historial de salud en línea)
    .explain = Mon espace santé es un historial de salud en línea. Sus médicos pueden poner allí sus documentos de salud si usted está de acuerdo.

concept-doctolib = Doctolib
    .explain = Doctolib es un sitio privado para pedir cita con un médico o en el hospital. Es gratuito para los pacientes.

concept-urgences = servicio de urgencias
    .explain = Las urgencias del hospital atienden los problemas graves, de día y de noche. Si su vida está en peligro, llame al 15 o al 112.

concept-agence-regionale-de-sante = agencia regional de salud (ARS)
    .explain = La agencia regional de salud organiza la salud en su región: hospitales, vacunas, prevención. No reembolsa la atención médica.

## Impuestos

concept-impots = impuestos
    .explain = Los impuestos son dinero que se paga al Estado o al municipio. Aunque no pague impuestos, a menudo hay que hacer una declaración cada año.

concept-impots-gouv = impots.gouv.fr (sitio de impuestos)
    .explain = Es el sitio oficial de impuestos en Francia. Allí declara sus ingresos y encuentra sus avisos de impuestos.

concept-dgfip = DGFiP (administración tributaria francesa)
    .explain = La DGFiP es la administración de impuestos en Francia.

concept-numero-fiscal = número fiscal
    .explain = El número fiscal es su número personal en Hacienda, de 13 cifras. Sirve de identificador en impots.gouv.fr.
    .where = En la primera página de su aviso de impuestos o de su declaración de ingresos, arriba.

concept-numero-d-acces-en-ligne = número de acceso en línea
    .explain = Este número sirve para crear su cuenta en impots.gouv.fr la primera vez. Cambia cada año.
    .where = En la primera página de su última declaración de la renta, o en una carta de Hacienda.

concept-avis-d-imposition = aviso de impuestos (avis d'imposition)
    .explain = El aviso de impuestos es el documento que envía Hacienda después de su declaración. Dice cuánto debe pagar y sirve como prueba de ingresos.
    .where = En su área personal en impots.gouv.fr, sección Documents.

concept-avis-de-non-imposition = aviso de no sujeción al impuesto
    .explain = Este documento dice que usted no tiene que pagar impuesto sobre la renta. Se pide a menudo para las ayudas, la vivienda social o las becas. Hoy cumple esta función el aviso de situación declarativa (avis de situation déclarative) o el aviso del impuesto.

concept-avis-de-situation-declarative = justificante de declaración (ASDIR)
    .explain = Este documento prueba que usted declaró sus ingresos, desde el momento en que hace la declaración en línea. Puede servir mientras espera el aviso de impuestos.

concept-revenu-fiscal-de-reference = renta fiscal de referencia (RFR)
    .explain = Es una cantidad que calcula Hacienda a partir de sus ingresos. Muchas ayudas y tarifas usan este número.
    .where = En la primera página de su aviso de impuestos, en el recuadro de sus referencias.

concept-declaration-de-revenus = declaración de la renta (de ingresos)
    .explain = Cada año en primavera, usted declara a Hacienda el dinero ganado el año anterior. Hágala aunque tenga pocos o ningún ingreso, porque el aviso sirve para sus ayudas.

concept-declaration-automatique = declaración automática
    .explain = Si su situación no ha cambiado, Hacienda valida su declaración por sí misma. Aun así, compruebe los importes y corríjalos si hace falta.

concept-declarant = declarante
    .explain = El declarante es la persona que hace la declaración. Para una pareja casada o con PACS, hay un declarante 1 y un declarante 2.

concept-prelevement-a-la-source = retención en la fuente
    .explain = El impuesto sobre la renta se descuenta directamente cada mes de su salario o de sus ingresos. Es la retención en la fuente.

concept-taux-de-prelevement = tipo de retención
    .explain = Es el porcentaje de sus ingresos que se descuenta cada mes para el impuesto. Se calcula con su última declaración.

concept-impot-sur-le-revenu = impuesto sobre la renta
    .explain = El impuesto sobre la renta se calcula sobre el dinero que usted gana en el año. Muchas personas con ingresos bajos no lo pagan.

concept-revenu-imposable = ingresos imponibles
    .explain = Es la parte de sus ingresos que cuenta para calcular el impuesto sobre la renta.

concept-taxe-fonciere = impuesto sobre bienes inmuebles
    .explain = La "taxe foncière" la pagan cada año los propietarios de una vivienda o de un terreno. Los inquilinos no la pagan.

concept-taxe-d-habitation = impuesto de vivienda (taxe d'habitation)
    .explain = La "taxe d'habitation" ya no existe para su vivienda principal. Sigue existiendo para las segundas residencias.

concept-foyer-fiscal = unidad familiar fiscal
    .explain = El "foyer fiscal" es el conjunto de personas en la misma declaración de ingresos: usted, su cónyuge o pareja de PACS, sus hijos a cargo.

concept-part-fiscale = parte fiscal
    .explain = El número de partes depende de su familia: adultos e hijos a cargo. Cuantas más partes tenga, menor es el impuesto.

concept-annee-de-revenus = año de los ingresos
    .explain = Es el año en que usted ganó el dinero declarado. En general, se declaran los ingresos del año anterior.

concept-residence-fiscale = residencia fiscal
    .explain = La residencia fiscal es el país donde usted paga sus impuestos, a menudo el país donde vive la mayor parte del año.

concept-centre-des-finances-publiques = oficina de Hacienda
    .explain = Es la oficina de impuestos cerca de su casa. Allí puede hacer preguntas sobre su declaración, a menudo con cita previa.

concept-espace-particulier = área personal de impuestos (espace particulier)
    .explain = Es su cuenta personal en impots.gouv.fr, que ahora se llama « espace Finances publiques ». Allí declara sus ingresos, lee sus avisos y escribe a Hacienda.

## Empleo

concept-france-travail = France Travail (servicio público de empleo)
    .explain = France Travail ayuda a las personas que buscan empleo y paga las prestaciones por desempleo. Antes de 2024 se llamaba Pôle emploi.

concept-identifiant-france-travail = identificador de France Travail
    .explain = Es el número que le da France Travail al inscribirse. Sirve para iniciar sesión y para escribir a France Travail.
    .where = En las cartas de France Travail y en el correo recibido al inscribirse.

concept-demandeur-d-emploi = demandante de empleo
    .explain = Un demandante de empleo es una persona inscrita en France Travail para buscar trabajo.

concept-inscription = inscripción
    .explain = La inscripción es el primer trámite para quedar registrado, por ejemplo en France Travail. Da acceso a la ayuda y a las prestaciones.

concept-actualisation = actualización mensual (actualisation)
    .explain = Cada mes, usted le dice a France Travail si trabajó y si sigue buscando empleo. Sin actualización, su inscripción y sus prestaciones se detienen.
    .todo = Hágala en la fecha indicada, a menudo a final de mes. Guarde la confirmación o una captura de pantalla.

concept-chomage = desempleo (paro)
    .explain = Estar en paro ("au chômage") quiere decir no tener trabajo y buscar uno. Con ciertas condiciones, France Travail le paga dinero.

concept-are = prestación por desempleo (ARE)
    .explain = La ARE es la prestación por desempleo que paga France Travail, si usted perdió su empleo y trabajó lo suficiente antes. Se paga, por ejemplo, tras un despido, una rescisión pactada (rupture conventionnelle) o el fin de un contrato temporal (CDD). Tras una dimisión, solo en algunos casos.

concept-ass = subsidio específico de solidaridad (ASS)
    .explain = La ASS puede pagarse cuando se terminan sus derechos a la prestación por desempleo, si antes trabajó lo suficiente y sus ingresos son bajos. Su supresión se propuso en 2024 y 2025. Pregunte a France Travail si todavía existe para usted.

concept-conseiller = asesor
    .explain = El asesor es la persona que sigue su expediente y le ayuda en su búsqueda. Puede escribirle por la mensajería.

concept-attestation-employeur = certificado de empresa (attestation employeur)
    .explain = El empleador debe darle este documento al final de su contrato. France Travail lo necesita para calcular su prestación por desempleo.

concept-bulletin-de-salaire = nómina (recibo de sueldo)
    .explain = Es el papel que da el empleador cada mes con su salario. Guárdelas siempre: sirven para el paro, la jubilación y el permiso de residencia.

concept-salaire = salario (sueldo)
    .explain = El salario es el dinero que paga el empleador por su trabajo. El bruto es antes de las cotizaciones; el neto es lo que usted recibe.

concept-contrat-de-travail = contrato de trabajo
    .explain = El contrato de trabajo es el acuerdo escrito entre usted y el empleador: puesto, salario, horario, duración. Guarde una copia.

concept-cdi = CDI (contrato indefinido)
    .explain = El CDI es un contrato de trabajo sin fecha de fin.

concept-cdd = CDD (contrato de duración determinada)
    .explain = El CDD es un contrato de trabajo con fecha de fin.

concept-interim = trabajo temporal por agencia (intérim)
    .explain = El "intérim" es un trabajo corto que ofrece una agencia, en una empresa cliente.

concept-employeur = empleador
    .explain = El empleador es la persona o la empresa que le da trabajo y le paga.

concept-entreprise = empresa
    .explain = Una empresa produce o vende algo. El formulario a veces pide sus datos oficiales, como el SIRET.

concept-societe = sociedad (empresa)
    .explain = Una "société" es una forma de empresa creada por una o varias personas, con un nombre y reglas oficiales.

concept-type-de-societe = tipo de sociedad (forma jurídica)
    .explain = Es la forma oficial de la empresa, por ejemplo SARL, SAS o empresa individual.
    .where = En el extracto Kbis o en el certificado de inscripción en el registro SIRENE.

concept-denomination = razón social (nombre de la empresa)
    .explain = La "dénomination" es el nombre oficial de la empresa, tal como está registrado.
    .where = En el extracto Kbis o en las nóminas.

concept-numero-de-siret = número SIRET (número del establecimiento)
    .explain = El SIRET es el número de 14 cifras de un establecimiento de una empresa. Permite identificar a la empresa.
    .where = En sus nóminas, arriba, o en las facturas de la empresa.

concept-numero-siren = número SIREN (número de la empresa)
    .explain = El SIREN es el número de la empresa, de 9 cifras. Son las 9 primeras cifras del SIRET.

concept-extrait-kbis = extracto Kbis (certificado de registro mercantil)
    .explain = El extracto Kbis es el documento de identidad oficial de una empresa inscrita en el registro mercantil.

concept-fonction = cargo en la empresa
    .explain = La "fonction" es su puesto en la empresa, por ejemplo gerente, vendedor o empleado de limpieza.

concept-representant-legal = representante legal
    .explain = El representante legal actúa oficialmente en nombre de una empresa, a menudo el gerente o el presidente. Para un niño, en general son los padres.

concept-micro-entrepreneur = microempresario (autónomo)
    .explain = El microempresario trabaja por cuenta propia con reglas sencillas. Declara su volumen de negocio a la URSSAF, cada mes o cada trimestre.

concept-urssaf = URSSAF (organismo de cotizaciones sociales)
    .explain = La URSSAF recauda las cotizaciones sociales de los empleadores y de los trabajadores autónomos. Los microempresarios declaran allí sus ingresos.

concept-offre-d-emploi = oferta de empleo
    .explain = Una oferta de empleo es un anuncio de un empleador que busca a alguien para un trabajo.

concept-cv = CV (currículum)
    .explain = El CV es un documento corto que presenta sus estudios, su experiencia y sus competencias.

concept-formation = formación
    .explain = Una formación es un curso para aprender un oficio o una competencia. France Travail puede ayudarle a encontrar una.

concept-contrat-d-engagement-jeune = contrato de compromiso joven (CEJ)
    .explain = El CEJ ayuda a los jóvenes de menos de 26 años sin empleo ni formación, con un acompañamiento y una ayuda económica.

concept-licenciement = despido
    .explain = El despido es el fin del contrato decidido por el empleador. Debe respetar unas reglas y darle los papeles de fin de contrato.

## Documentos y títulos (ANTS, ayuntamiento)

concept-ants = ANTS (agencia nacional de documentos oficiales)
    .explain = La ANTS, llamada France Titres desde 2024, gestiona los trámites en línea del documento de identidad, el pasaporte, el permiso de conducir y el permiso de circulación del vehículo (carte grise).

concept-carte-nationale-d-identite = documento nacional de identidad (CNI)
    .explain = El documento nacional de identidad es el documento de identidad de las personas francesas. Una persona extranjera usa su pasaporte o su permiso de residencia.

concept-piece-d-identite = documento de identidad
    .explain = Es un documento oficial con su foto que prueba quién es usted: pasaporte, documento de identidad o permiso de residencia.

concept-permis-de-conduire = permiso de conducir (licencia de conducir)
    .explain = El permiso de conducir lo autoriza a conducir un vehículo. Los trámites se hacen en el sitio de la ANTS.

concept-neph = número NEPH (número de expediente del permiso de conducir)
    .explain = El NEPH es el número de expediente de su permiso de conducir. El sitio lo pide para los trámites del permiso.
    .where = En los papeles de la autoescuela o en su permiso.

concept-echange-de-permis = canje del permiso de conducir extranjero
    .explain = Si tiene un permiso de un país fuera de la Unión Europea, a veces debe canjearlo por un permiso francés. A menudo la solicitud debe hacerse en el año siguiente a su primer permiso de residencia.

concept-code-ephoto = código ePhoto
    .explain = Es un código que une su foto digital con su solicitud. El sitio lo pide en lugar de una foto en papel.
    .where = En la hoja de fotos que da la cabina o el fotógrafo autorizado por la ANTS.

concept-photo-d-identite = foto de carné
    .explain = La foto debe tener menos de 6 meses, de frente, con la boca cerrada y sobre un fondo claro. Se permiten gafas si los ojos se ven bien, sin cristales tintados ni reflejos. Hágala en un fotógrafo o en una cabina autorizada.

concept-certificat-d-immatriculation = permiso de circulación (carte grise)
    .explain = El certificado de matriculación, llamado "carte grise", es el papel oficial de un vehículo. Lleva el número de la matrícula y el nombre del propietario.

concept-pre-demande = solicitud previa en línea
    .explain = La solicitud previa se hace en línea antes de ir al ayuntamiento para un documento de identidad o un pasaporte. Usted recibe un número que debe dar en la cita.

concept-mairie = ayuntamiento (alcaldía)
    .explain = La "mairie" es la oficina de su municipio. Hace las actas del registro civil y recibe las solicitudes de documento de identidad y de pasaporte.

concept-empreintes-digitales = huellas dactilares
    .explain = Las huellas dactilares son los dibujos de la punta de sus dedos. Se toman para un pasaporte, un documento de identidad o un permiso de residencia.

concept-timbre-fiscal = timbre fiscal
    .explain = El timbre fiscal sirve para pagar una tasa por un documento: permiso de residencia, pasaporte, visado. Se compra en línea o en un estanco ("bureau de tabac").
    .where = En el sitio timbres.impots.gouv.fr o en un estanco. Guarde el número del timbre.

concept-declaration-de-perte = declaración de pérdida
    .explain = Si perdió un documento o se lo robaron, haga una declaración. Se pide para obtener un documento nuevo.

concept-attestation = certificado (attestation)
    .explain = Una "attestation" es un documento que prueba una información, por ejemplo sus derechos, un pago o su dirección.

concept-copie = copia
    .explain = Una copia es la reproducción de un documento. Guarde siempre el original y entregue una copia si la aceptan.

concept-compte-rendu = informe (acta)
    .explain = Un "compte rendu" es un texto que cuenta lo que pasó. Por ejemplo, el médico escribe un informe después de un examen.

concept-original = original
    .explain = El original es el documento verdadero, no una copia. A menudo se lo piden en la cita para comprobarlo.

concept-scanner = escanear
    .explain = Escanear quiere decir convertir un documento en papel en un archivo. A menudo se acepta una foto nítida hecha con el teléfono.

concept-traduction = traducción
    .explain = Un documento en un idioma extranjero a menudo debe traducirse al francés. Para las actas oficiales, la traducción debe hacerla un traductor jurado.

concept-legalisation = legalización (apostilla)
    .explain = La legalización o la apostilla prueba que un documento extranjero es auténtico. Depende del país que hizo el documento.

concept-en-cours-de-validite = vigente (no caducado)
    .explain = Un documento vigente todavía no ha pasado su fecha de fin.

concept-courrier = correo postal (carta)
    .explain = El "courrier" es una carta enviada por correo. Guarde una copia y la prueba de envío de toda carta importante.

concept-lettre-recommandee = carta certificada
    .explain = Es una carta enviada por correo con una prueba de envío y de recepción. Úsela para las cartas importantes, como un recurso.

concept-accuse-de-reception = acuse de recibo
    .explain = El acuse de recibo prueba que la administración recibió su solicitud. Guárdelo: da la fecha de su trámite.

concept-notification = notificación
    .explain = Una notificación es un mensaje oficial que le informa de una decisión o de una novedad. La fecha de notificación hace empezar los plazos de recurso.

## Citas

concept-rendez-vous = cita
    .explain = Una cita ("rendez-vous") es un día y una hora fijados para ver a un empleado. Muchas administraciones solo atienden con cita previa.

concept-prendre-rendez-vous = pedir cita
    .explain = Pedir cita quiere decir elegir un día y una hora libres en el sitio. Después recibe una confirmación que debe guardar.

concept-creneau = horario disponible (franja)
    .explain = Un "créneau" es una hora de cita libre que usted puede elegir.

concept-plage-horaire = franja horaria
    .explain = Una franja horaria es un período de tiempo, por ejemplo de 9 h a 12 h, en el que hay citas posibles.

concept-aucun-creneau-disponible = no hay citas disponibles
    .explain = El sitio dice que no hay citas libres en este momento. No es culpa suya, y puede durar semanas.
    .todo = Vuelva a intentarlo otros días y a otras horas, y haga cada vez una captura de pantalla con fecha. Estas pruebas permiten pedir una cita por escrito y luego al juez en un "référé" (procedimiento urgente).

concept-annuler-un-rendez-vous = cancelar una cita
    .explain = Si no puede ir, cancele su cita para dejar libre el lugar. Use el enlace recibido en el correo de confirmación.

concept-modifier-un-rendez-vous = cambiar una cita
    .explain = Cambiar una cita quiere decir elegir otro día u otra hora. Cuidado: la cita anterior puede perderse.

concept-confirmation-de-rendez-vous = confirmación de la cita
    .explain = Es el mensaje que prueba su cita, con el día, la hora y el lugar. Imprímalo o guárdelo en su teléfono.

concept-liste-d-attente = lista de espera
    .explain = Usted queda inscrito en una lista y la administración lo contacta cuando queda libre un lugar.

concept-delai = plazo (tiempo de espera)
    .explain = El "délai" es el tiempo que hay que esperar, o el tiempo que usted tiene para hacer algo. Respete los plazos escritos en las cartas.

concept-reponse-automatique = respuesta automática
    .explain = Es un mensaje enviado por una computadora, no por una persona. No responda a esa dirección: use el formulario o la dirección indicada.

## Errores y mensajes

concept-message-d-erreur = mensaje de error
    .explain = Un mensaje de error dice que un problema impide continuar. A menudo está en rojo, cerca del campo que hay que corregir o arriba de la página.
    .todo = Lea el mensaje, corrija el campo indicado y vuelva a intentarlo. Si no entiende el error, haga una captura de pantalla para mostrarla a una persona que le ayude.

concept-erreur-technique = error técnico
    .explain = El sitio tiene un problema que no viene de usted. Puede que su solicitud no se haya enviado.
    .todo = Haga una captura de pantalla con la fecha y la hora, y vuelva a intentarlo más tarde. Si el error vuelve, escriba a la administración y pida otra forma de hacer el trámite.

concept-service-indisponible = servicio no disponible
    .explain = El sitio no funciona en este momento. No es culpa suya.
    .todo = Haga una captura de pantalla con fecha y vuelva a intentarlo más tarde. Si dura, guarde sus capturas: prueban que usted lo intentó.

concept-maintenance = mantenimiento
    .explain = El sitio está parado por trabajos técnicos. En general vuelve a funcionar después de unas horas.
    .todo = Vuelva más tarde, a menudo después de la hora indicada. Si se acerca una fecha límite, guarde una captura de pantalla para probar que el sitio estaba cerrado.

concept-page-introuvable = página no encontrada
    .explain = La dirección de la página no existe o ya no existe. Quizás el enlace es antiguo o está mal escrito.
    .todo = Vuelva a la página de inicio del sitio y busque el trámite con el menú. Compruebe la dirección escrita arriba en el navegador.

concept-erreur-500 = error 500 (error del servidor)
    .explain = El servidor del sitio tuvo un problema. No es culpa suya.
    .todo = Haga una captura de pantalla con fecha y vuelva a intentarlo más tarde. Si el error vuelve, comuníquelo a la administración con la captura.

concept-acces-refuse = acceso denegado
    .explain = El sitio no le deja ver esta página. Quizás no ha iniciado sesión, o la página está reservada.
    .todo = Inicie sesión y vuelva a intentarlo. Si sigue igual, haga una captura de pantalla y contacte con la administración.

concept-reessayer-plus-tard = vuelva a intentarlo más tarde
    .explain = El sitio le pide que espere antes de intentarlo otra vez. El problema suele venir del sitio.
    .todo = Anote la hora o haga una captura de pantalla, y vuelva a intentarlo en otro momento del día.

concept-dossier-incomplet = expediente incompleto
    .explain = Falta un documento o un dato en su expediente. La administración no puede estudiarlo mientras no esté completo.
    .todo = Lea la lista de lo que falta y envíelo antes de la fecha indicada. Guarde la prueba del envío.

concept-piece-manquante = documento que falta
    .explain = Un documento pedido no se envió o no fue aceptado.
    .todo = Añada el documento pedido en su cuenta o envíelo. Si no puede obtenerlo, explique por qué por escrito.

concept-format-non-valide = formato no válido
    .explain = El dato o el archivo no está escrito como el sitio espera. Por ejemplo una fecha, un correo electrónico o un archivo de un tipo equivocado.
    .todo = Mire el formato esperado, debajo del campo o en el ejemplo, y corrija. Para un archivo, guárdelo en PDF o en JPG.

concept-fichier-trop-volumineux = archivo demasiado grande
    .explain = Su archivo pesa más que el tamaño aceptado por el sitio.
    .todo = Reduzca el archivo: escanee con menos calidad o en blanco y negro, o use una herramienta de compresión. Luego vuelva a añadirlo.

concept-champ-obligatoire-non-rempli = campo obligatorio sin rellenar
    .explain = Usted dejó vacía una casilla que debe rellenarse.
    .todo = Busque el campo marcado en rojo, rellénelo y vuelva a validar.

concept-identifiant-ou-mot-de-passe-incorrect = identificador o contraseña incorrectos
    .explain = El sitio no reconoce su identificador o su contraseña. Basta con una sola letra o mayúscula equivocada.
    .todo = Compruebe las mayúsculas y el identificador, y vuelva a intentarlo. Después de varios errores, use "Mot de passe oublié" (contraseña olvidada) para evitar el bloqueo de la cuenta.

concept-compte-bloque = cuenta bloqueada
    .explain = El sitio bloqueó su cuenta, a menudo después de demasiados errores de contraseña.
    .todo = Espere el tiempo indicado o use "Mot de passe oublié" (contraseña olvidada). Si no funciona, contacte con la administración y guarde una captura de pantalla.

concept-trop-de-tentatives = demasiados intentos
    .explain = Usted lo intentó demasiadas veces en poco tiempo. El sitio lo bloquea durante un rato.
    .todo = Espere, a menudo unos minutos o unas horas, antes de volver a intentarlo. Haga una captura de pantalla si esto le impide hacer su trámite.

concept-session-expiree = sesión caducada
    .explain = Usted estuvo demasiado tiempo sin hacer nada en el sitio, y el sitio cerró su sesión por seguridad. Lo que no había guardado quizás se perdió.
    .todo = Vuelva a iniciar sesión y empiece de nuevo. Prepare sus documentos antes, para ir más rápido.

concept-lien-expire = enlace caducado
    .explain = El enlace recibido por correo ya no funciona, a menudo porque es demasiado antiguo o ya se usó.
    .todo = Pida un nuevo enlace en el sitio y haga clic en él rápidamente.

concept-code-incorrect = código incorrecto
    .explain = El código escrito no es el correcto, o ya no es válido.
    .todo = Compruebe las cifras, o pida un código nuevo y cópielo rápido.

concept-adresse-electronique-deja-utilisee = correo electrónico ya usado
    .explain = Ya existe una cuenta con este correo electrónico, quizás creada por usted o por una persona que le ayudó.
    .todo = Intente iniciar sesión o haga clic en "Mot de passe oublié" (contraseña olvidada). Si esa cuenta no es suya, contacte con la administración.

concept-mot-de-passe-trop-faible = contraseña demasiado débil
    .explain = Su contraseña no cumple las reglas del sitio: longitud, mayúscula, cifra, carácter especial.
    .todo = Lea las reglas debajo del campo y elija una contraseña más larga, con todos los tipos de caracteres pedidos.

concept-mots-de-passe-differents = las contraseñas no coinciden
    .explain = Las dos contraseñas escritas no son exactamente iguales.
    .todo = Escriba otra vez la misma contraseña en los dos campos. El botón "Afficher" (mostrar) ayuda a comprobarlo.

concept-demande-deja-en-cours = solicitud ya en trámite
    .explain = El sitio ve que ya existe una solicitud del mismo tipo a su nombre. No puede hacer una segunda.
    .todo = Mire su cuenta para seguir la solicitud existente. Si es un error, escriba a la administración con una captura de pantalla.

concept-dossier-cloture = expediente cerrado
    .explain = La administración cerró su expediente. Puede ser un error o deberse a un documento que falta.
    .todo = Guarde una captura de pantalla y escriba rápido a la administración para preguntar por qué. Si la respuesta tarda, contacte con una asociación, el Défenseur des droits (Defensor de los Derechos) o un abogado.

concept-navigateur-non-compatible = navegador no compatible
    .explain = El sitio no funciona bien con el programa que usted usa para entrar en internet.
    .todo = Actualice su navegador o pruebe con otro, como Firefox o Chrome.

concept-echec-du-paiement = pago fallido
    .explain = El dinero no se pudo pagar, por ejemplo para un timbre fiscal. Quizás no se cobró nada en su tarjeta.
    .todo = Revise su cuenta bancaria antes de volver a pagar. Guarde las capturas de pantalla y los correos del pago.

## Vivienda

concept-logement = vivienda
    .explain = La vivienda es el lugar donde usted vive. El sitio pregunta si usted es inquilino, propietario, alojado por otra persona o sin vivienda.

concept-locataire = inquilino
    .explain = El inquilino paga un alquiler para vivir en una vivienda que pertenece a otra persona o a un organismo.

concept-bailleur = arrendador (casero)
    .explain = El arrendador es la persona o el organismo que le alquila la vivienda. Un "bailleur social" gestiona viviendas sociales.

concept-proprietaire = propietario
    .explain = El propietario es la persona a quien pertenece algo, por ejemplo una vivienda. Si usted es propietario de su vivienda, es suya.

concept-loyer = alquiler (renta)
    .explain = El alquiler es el dinero que se paga cada mes al arrendador para vivir en la vivienda.

concept-charges-locatives = gastos comunes (del alquiler)
    .explain = Los gastos comunes pagan servicios del edificio, como el agua o la limpieza. A menudo se suman al alquiler.

concept-quittance-de-loyer = recibo del alquiler
    .explain = La "quittance" es el papel del arrendador que prueba que usted pagó el alquiler. Sirve como justificante de domicilio.

concept-bail = contrato de alquiler
    .explain = El contrato de alquiler ("bail") es el contrato entre el inquilino y el arrendador. Indica el alquiler, la duración y las reglas.

concept-etat-des-lieux = acta del estado de la vivienda (état des lieux)
    .explain = El "état des lieux" describe el estado de la vivienda a la entrada y a la salida. Revíselo bien antes de firmar.

concept-depot-de-garantie = fianza (depósito de garantía)
    .explain = Es una suma que se paga al arrendador al entrar en la vivienda. Se la devuelve al salir, menos las reparaciones justificadas.

concept-garant = avalista (fiador)
    .explain = El avalista se compromete a pagar el alquiler si usted no puede. Visale es una garantía gratuita que puede sustituir a un avalista. Si Visale paga su alquiler, después tendrá que devolverlo.

concept-assurance-habitation = seguro del hogar
    .explain = El inquilino debe asegurar su vivienda contra los daños, como el incendio o el agua. El arrendador pide el certificado cada año.

concept-logement-social = vivienda social (HLM)
    .explain = Una vivienda social tiene un alquiler más bajo, para personas con ingresos modestos. Una comisión elige a los inquilinos.

concept-demande-de-logement-social = solicitud de vivienda social
    .explain = Después de su solicitud de vivienda social, usted recibe un número único. Renueve la solicitud cada año; si no, se anula.
    .where = El número único está en el certificado de registro de la solicitud.

concept-dalo = DALO (derecho exigible a la vivienda)
    .explain = El DALO permite acudir a una comisión si usted espera una vivienda social desde hace demasiado tiempo o si vive en malas condiciones. Si la comisión reconoce su solicitud como prioritaria, el Estado debe ofrecerle una vivienda. Aun así, puede tardar.

concept-expulsion = desahucio (desalojo)
    .explain = El desahucio obliga al inquilino a dejar la vivienda después de una decisión del juez. En general, está prohibido del 1 de noviembre al 31 de marzo.
    .todo = Contacte rápido con un trabajador social, la ADIL (agencia de información sobre vivienda) o una asociación. Responda a todas las cartas del juez.

concept-hebergement-d-urgence = alojamiento de emergencia
    .explain = Si está en la calle, llame al 115: es gratis, de día y de noche. Buscan un lugar para dormir.

## Escolaridad

concept-parcoursup = Parcoursup (plataforma de acceso a la enseñanza superior)
    .explain = Parcoursup es el sitio para pedir una plaza en la enseñanza superior después del bachillerato ("bac"). Tiene un calendario estricto.

concept-inscription-scolaire = inscripción escolar (matrícula)
    .explain = La escuela es obligatoria para todos los niños de 3 a 16 años en Francia, incluso sin papeles. Para la escuela primaria, la inscripción se hace en el ayuntamiento.

concept-bourse = beca
    .explain = Una beca es una ayuda en dinero para los estudios, que se da según los ingresos de la familia.

concept-crous = Crous (servicios para estudiantes)
    .explain = El Crous ayuda a los estudiantes: becas, alojamientos, comedores universitarios.

concept-certificat-de-scolarite = certificado de escolaridad
    .explain = Este documento prueba que un alumno o un estudiante está inscrito en el centro. La CAF o la prefectura pueden pedirlo.
    .where = Pídalo en la secretaría del centro, o descárguelo en el espacio en línea del centro.

concept-ine = INE (número nacional de estudiante)
    .explain = El INE es el número personal de un alumno o de un estudiante, de 11 caracteres. Parcoursup y la universidad lo piden.
    .where = En los boletines de notas o en el certificado de notas del bachillerato.

concept-diplome = título (diploma)
    .explain = El título prueba que usted terminó con éxito unos estudios. El formulario puede pedir su título más alto.

concept-reconnaissance-de-diplome = reconocimiento de títulos extranjeros
    .explain = Un título extranjero puede recibir un certificado que dice a qué nivel francés corresponde. Ayuda para el trabajo o los estudios.

concept-cours-de-francais = clases de francés
    .explain = Las clases de francés ayudan a aprender el idioma. Con el contrato de integración republicana, la OFII puede pagarlas.
