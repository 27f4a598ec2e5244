### Relais — translation memory, Spanish (es): the same ids, order and groups as locales/fr/portals.ftl.
### Each value is a full translation of the French portal string (the portal's own English, en/portals.ftl,
### used only as a help). Variables ({ $n }, { $date }, { $email }…) are kept; a number that counts
### a noun takes this language's plural forms. French names of buttons and pages the person must find
### on screen are given in French in quotes.
### Machine-drafted by an AI model (Claude), December 2026. Not reviewed by a native speaker.


## ds: components account_dropdown_component

tm-passer-en-super-admin = Pasar a superadministrador
tm-passer-en-usager = Pasar a usuario
tm-passer-en-instructeur = Pasar a instructor
tm-passer-en-expert = Pasar a experto
tm-passer-en-gestionnaire = Pasar a gestor
tm-se-deconnecter = Cerrar sesión

## ds: components attachment

tm-reessayer = Reintentar
tm-supprimer-le-fichier = Eliminar el archivo { $file }
tm-plusieurs-fichiers-possibles = Se admiten varios archivos.
tm-remplacer-le-fichier = Reemplazar el archivo { $file }
tm-le-format-pdf-est-generalement-le = El formato .PDF suele ser el más práctico, porque se puede leer fácilmente en todos los dispositivos.
tm-virus-detecte-merci-denvoyer-un-autre = Virus detectado, envíe otro archivo, por favor.
tm-le-fichier-est-corrompu-merci-denvoyer = El archivo está dañado, envíe otro archivo, por favor.
tm-ajoutee-le = Añadida el { $date }
tm-modifiee-le = Modificada el { $date }
tm-le-traitement-de-votre-piece-jointe = El procesamiento de su archivo adjunto está tardando más de lo previsto.
tm-le-traitement-de-vos-pieces-jointes = El procesamiento de sus archivos adjuntos está tardando más de lo previsto.
tm-cela-ne-vous-empeche-pas-de = Esto no le impide presentar su expediente si lo desea.
tm-chargement-de-fichier = Cargando archivo
tm-virus-detecte-le-telechargement-est = Virus detectado, la descarga está bloqueada.
tm-apercu-non-disponible = Vista previa no disponible

## ds: components autosave_notice_component

tm-formulaire-en-erreur = Formulario con errores

## ds: components dossiers

tm-adresse = Dirección
tm-pays = País
tm-autres-informations-sur-lorganisme-sur = ➡ Más información sobre el organismo en «annuaire-entreprises.data.gouv.fr»
tm-brouillon-enregistre-avec-succes = Borrador guardado correctamente
tm-attention-impossible-denregistrer-le = Atención: no se ha podido guardar el borrador.
tm-vos-modifications-sont-automatiquement = Sus modificaciones se guardan automáticamente.
tm-deposez-les-quand-vous-aurez-termine = Preséntelas cuando haya terminado.
tm-modifications-enregistrees-avec-succes = Modificaciones guardadas correctamente
tm-annotations-enregistrees-avec-succes = Anotaciones guardadas correctamente
tm-attention-impossible-denregistrer-les = Atención: no se han podido guardar las anotaciones.
tm-commune = Municipio
tm-les-dossiers-ont-ete-supprimes-vous = Los expedientes se han eliminado. Ya no puede recuperarlos por los siguientes motivos:
tm-vous-avez-supprime-votre-dossier = Ha eliminado su expediente.
tm-deposer-le-dossier = Presentar el expediente
tm-deposer-les-modifications = Presentar las modificaciones
tm-pourquoi-je-ne-peux-pas-deposer = ¿Por qué no puedo presentar mi expediente?
tm-verifier-le-dossier = Comprobar el expediente
tm-envoi-en-cours = Enviando…
tm-en-tant-quinvite-vous-pouvez-remplir = Como invitado, puede rellenar este formulario, pero el titular del expediente debe presentarlo él mismo.
tm-des-modifications-nont-pas-encore-ete = Hay modificaciones que aún no se han presentado
tm-vous-avez-apporte-des-modifications = Ha hecho modificaciones después de presentar su expediente. Preséntelas para que la administración las tenga en cuenta.
tm-continuer-a-modifier = Seguir modificando
tm-votre-dossier-contient-1-champ-en = Su expediente contiene 1 campo con errores
tm-votre-dossier-contient-champs-en-erreur = Su expediente contiene { $n ->
        [one] { $n } campo con errores
       *[other] { $n } campos con errores
    }
tm-corrigez-la-pour-poursuivre = Corríjalo para continuar:
tm-corrigez-les-pour-poursuivre = Corríjalos para continuar:
tm-plus-dinformations = Más información
tm-moins-dinformations = Menos información
tm-votre-identite = Su identidad
tm-vous-agissez-en-tant-que-mandataire = Usted actúa como mandatario, ya sea a título profesional (como contable, abogado, empleado público…) o a título personal (familia). Asegúrese de respetar las condiciones de los
tm-articles-1984-et-suivants-du-code = Artículos 1984 y siguientes del Código Civil.
tm-identite-du-beneficiaire = Identidad del beneficiario
tm-vous-ne-pouvez-pas-deposer-votre = No puede presentar su expediente
tm-repondre = Responder
tm-invite = Invitado
tm-supprimer-le-message = Eliminar el mensaje
tm-supprimer-la-demande-de-correction-et = Eliminar la solicitud de corrección y este mensaje
tm-supprimer-le-message-en-attente-de = Eliminar el mensaje en espera de respuesta
tm-etes-vous-sur-de-vouloir-supprimer = ¿Está seguro de que quiere eliminar este mensaje?
tm-email-automatique = Correo electrónico automático
tm-vous = Usted
tm-message-supprime = Mensaje eliminado
tm-non-lu = No leído
tm-usager = Usuario
tm-vous-devez-effectuer-les-modifications = Debe hacer las modificaciones solicitadas modificando su expediente.
tm-modifier-le-dossier = Modificar el expediente
tm-cree-depuis-le = Creado desde el
tm-depose-depuis-le = Presentado desde el
tm-appliquer-les-filtres = Aplicar los filtros
tm-reinitialiser-les-filtres = Restablecer los filtros
tm-selectionner-un-filtre = Seleccionar un filtro
tm-1-filtre-actif = 1 filtro activo
tm-filtres-actifs = { $n ->
        [one] { $n } filtro activo
       *[other] { $n } filtros activos
    }
tm-supprimer-1-filtre-actif = Eliminar 1 filtro activo
tm-selectionner-un-statut = Seleccionar un estado
tm-afficher-les-dossiers-par-demarche = Mostrar los expedientes por trámite
tm-afficher = Mostrar

## ds: components dsfr

tm-telecharger-le-fichier = Descargar el archivo
tm-ce-lien-est-ephemere-et-ne = Este enlace es temporal y no debería compartirse.
tm-afficher-le-mot-de-passe = Mostrar la contraseña
tm-afficher-la-confirmation-du-mot-de = Mostrar la confirmación de la contraseña
tm-ladresse-electronique-semble-erronee = La dirección de correo electrónico parece incorrecta
tm-vouliez-vous-ecrire = Quizá quería escribir:
tm-recherche-en-cours-pour-le-siret = Búsqueda en curso para el SIRET { $value }…
tm-au-capital-social-de = { $name } { $forme_juridique } con un capital social de { $amount }
tm-donnee-remplie-automatiquement = Dato rellenado automáticamente.
tm-une-erreur-est-survenue-lors-de = Se ha producido un error al analizar su documento. No tenga en cuenta este mensaje si está seguro(a) de su archivo.
tm-masquer-le-message = Ocultar el mensaje

## ds: components editable_champ

tm-numero-et-nom-de-voie-ou = Número y nombre de la calle, o paraje
tm-une-erreur-est-survenue-lors-de-2 = Se ha producido un error durante la búsqueda
tm-une-erreur-est-survenue-lors-de-3 = Se ha producido un error durante la búsqueda. Si el problema persiste, marque «No encuentro mi dirección en las sugerencias» («Je ne trouve pas mon adresse dans les suggestions») y continúe.
tm-ville = Ciudad
tm-exemple-london = Ejemplo: London
tm-ville-ou-commune = Ciudad o municipio
tm-renseignez-le-nom-ou-le-code = Indique el nombre o el código postal de la ciudad y, después, seleccione el municipio en la lista. Ejemplo: Strasbourg
tm-code-postal = Código postal
tm-je-ne-trouve-pas-mon-adresse = No encuentro mi dirección en las sugerencias
tm-saisissez-une-adresse-une-voie-un = Introduzca una dirección, una calle, un paraje o un municipio. Ejemplo: 11 rue Réaumur, Paris
tm-centrer-la-carte-en-recherchant-une = Centrar el mapa buscando una dirección
tm-commencez-a-saisir = Empiece a escribir
tm-ajouter-un-point-sur-la-carte = Añadir un punto en el mapa
tm-exemple = Ejemplo:
tm-afficher-votre-position-sur-la-carte = Mostrar su posición en el mapa
tm-ajouter-le-point-avec-les-coordonnees = Añadir el punto con las coordenadas introducidas en el mapa
tm-ajouter-un-fichier-gpx-ou-kml = Añadir un archivo GPX o KML
tm-supprimer-le-fichier-2 = Eliminar el archivo
tm-modification-a-deposer = modificación por presentar
tm-information-champ-actualise-par = Información: campo actualizado por la administración. Compruebe su contenido.
tm-la-taille-maximale-conseillee-est-de = El tamaño máximo recomendado es de { $n ->
        [one] { $n } carácter
       *[other] { $n } caracteres
    }.
tm-le-numero-dallocataire-caf = El número de beneficiario de la CAF
tm-il-est-generalement-compose-de-7 = Suele tener 7 cifras.
tm-le-code-postal = El código postal
tm-il-est-generalement-compose-de-5 = Suele tener 5 cifras.
tm-numero-daccreditation = Número de acreditación
tm-format-jj-mm-aaaa = Formato: DD/MM/AAAA
tm-le-numero-fiscal = El número fiscal
tm-il-est-generalement-compose-de-13 = Suele tener 13 o 14 caracteres.
tm-la-reference-davis-dimposition = La referencia del aviso de impuestos (avis d’imposition)
tm-elle-est-generalement-composee-de-13 = Suele tener 13 o 14 caracteres.
tm-identifiant-national-etudiant-il-est = Identificador Nacional de Estudiante. Suele estar formado por letras y cifras.
tm-identifiant = Identificador
tm-il-est-generalement-compose-de = Suele estar formado por letras y cifras.
tm-ajouter-un-element-supplementaire-a = Añadir otro elemento a «{ $name }»
tm-supprimer = Eliminar { $name } { $n }
tm-aucune-fondation-trouvee = No se ha encontrado ninguna fundación
tm-ce-rnf-correspond-a = Este RNF corresponde a: { $name }, { $address }
tm-il-vous-reste-caracteres = { $n ->
        [one] Le queda { $n } carácter.
       *[other] Le quedan { $n } caracteres.
    }
tm-vous-avez-atteint-la-taille-maximale = Ha alcanzado el tamaño máximo recomendado.
tm-oui = Sí

## ds: components expandable_error_list

tm-afficher-toutes-les-erreurs = Mostrar todos los errores

## ds: components password_complexity_component

tm-mot-de-passe-acceptable-vous-pouvez = Contraseña aceptable. Puede validar… o mejorar su contraseña.
tm-mot-de-passe-vulnerable = Contraseña vulnerable.
tm-mot-de-passe-tres-vulnerable = Contraseña muy vulnerable.
tm-pour-un-mot-de-passe-securise = Para que su contraseña sea segura, evite usar secuencias o repeticiones de los mismos caracteres. Por ejemplo, puede elegir una frase (con espacios) que recuerde fácilmente.

## ds: components switch_domain_banner_component

tm-suivez-ce-lien-pour-vous-connecter = Siga este enlace para conectarse a la nueva dirección.
tm-nous-avons-detecte-une-erreur-reseau = Hemos detectado un error de red que nos impide redirigirle allí. Pida a su servicio informático que autorice el acceso a demarche.numerique.gouv.fr.

## ds: errors

tm-nest-pas-dun-type-accepte = no es de un tipo aceptado
tm-est-trop-lourd-e-le-fichier = es demasiado grande. El archivo debe ocupar como máximo { $amount }.

## ds: devise

tm-demander-un-nouveau-mot-de-passe = Solicitar una nueva contraseña
tm-vous-etes-connecte-e-vous-pouvez = ¡Ha iniciado sesión! Puede cambiar en cualquier momento entre sus distintos perfiles: { $roles }.
tm-vous-etes-maintenant-deconnecte-e = Ha cerrado la sesión.

## ds: users

tm-votre-compte-a-deja-ete-active = Su cuenta ya ha sido activada.

## ds: insee_down

tm-linsee-est-indisponible-les-informations = El INSEE no está disponible; la información sobre la empresa llegará dentro de unas horas.

## ds: invisible_captcha

tm-si-vous-etes-un-humain-laissez = Si es usted un ser humano, deje este campo vacío

## ds: clipboard

tm-copie = Copiado

## ds: help_dropdown

tm-trouvez-votre-reponse-dans-la = Encuentre su respuesta en la
tm-contact-technique = Contacto técnico
tm-envoyez-nous-un-message-a = Envíenos un mensaje a { $email }.
tm-besoin-daide-pour-remplir-votre-dossier = ¿Necesita ayuda para rellenar su expediente?

## ds: utils

tm-nombre-a-virgule = Número decimal
tm-nombre-entier = Número entero
tm-liste-a-choix-multiple = Lista de opción múltiple
tm-deconnexion = Cerrar sesión
tm-pieces-jointes = Archivos adjuntos
tm-les-champs-suivis-dun-asterisque = Los campos marcados con un asterisco ( obligatorio ) son obligatorios.
tm-facultatif = (opcional)
tm-envoyer-le-message = Enviar el mensaje
tm-nouvel-onglet = Nueva pestaña

## ds: skiplinks

tm-acces-rapide = Acceso rápido
tm-contenu = Contenido

## ds: combo_search_component

tm-quand-les-resultats-de-lautocomplete = Cuando los resultados del autocompletado estén disponibles, use las flechas arriba y abajo para moverse por la lista de resultados. Pulse Intro para seleccionar un resultado. Pulse Esc para cerrar la lista de resultados.
tm-aucun-resultat = Ningún resultado
tm-1-resultat = 1 resultado
tm-resultats = resultados

## ds: layouts

tm-un-outil-simple-pour-gerer-les = Una herramienta sencilla para gestionar los formularios administrativos en línea.
tm-mon-compte = Mi cuenta
tm-revenir-en-arriere = Volver atrás
tm-revenir-en-arriere-sur-le-site = Volver atrás, al sitio web de mi administración
tm-menu-principal = Menú principal
tm-mes-dossiers = Mis expedientes
tm-consulter-mon-dossier = Consultar mi expediente
tm-jai-une-question = Tengo una pregunta
tm-aller-a-la-page-daccueil = Ir a la página de inicio

## ds: views

tm-creation-de-compte-sur = Creación de cuenta en { $name }
tm-se-creer-un-compte-avec-une = Crear una cuenta con una dirección de correo electrónico
tm-adresse-electronique = Dirección de correo electrónico
tm-mot-de-passe-caracteres-minimum = Contraseña (mínimo { $n ->
        [one] { $n } carácter
       *[other] { $n } caracteres
    })
tm-avant-deffectuer-votre-demarche-nous = Antes de hacer su trámite, necesitamos verificar su dirección de correo electrónico { $email }.
tm-ouvrez-votre-boite-email-et-cliquez = Abra su buzón de correo y haga clic en el enlace de activación del mensaje que ha recibido.
tm-renvoyer-un-email-de-confirmation = Reenviar un correo de confirmación
tm-lautorisation-de-vient-detre-revoquee = Se acaba de revocar la autorización de { $email }. Puede invitar a otra persona.
tm-vous-ne-pouvez-pas-revoquer-cette = No puede revocar esta autorización
tm-inviter-une-personne-a-modifier-ce = Invitar a una persona a modificar este expediente
tm-gestion-des-invites = Gestión de invitados
tm-les-invites-ont-le-droit-de = Los invitados tienen derecho a ver y modificar su expediente.
tm-ajouter-un-invite = Añadir un invitado
tm-envoyer-une-invitation = Enviar una invitación
tm-revoquer-lacces = Revocar el acceso
tm-aucun-invite-ne-peut-voir-et = Actualmente ningún invitado puede ver ni modificar este expediente.
tm-1-personne-invitee = 1 persona invitada
tm-personnes-invitees = { $n ->
        [one] { $n } persona invitada
       *[other] { $n } personas invitadas
    }
tm-une-fois-le-dossier-complet-vous = Cuando el expediente esté completo, tendrá que presentarlo usted mismo.
tm-dernier = Último
tm-precedent = Anterior
tm-premier = Primero
tm-lusager-a-supprime-son-compte = (el usuario ha eliminado su cuenta)
tm-cordialement = Atentamente,
tm-modifie-par-lusager-le = Modificado por el usuario el { $date }
tm-passe-en-instruction-le = Pasó a estar en trámite el { $date }
tm-accepte-le = Aceptado el { $date }
tm-classe-sans-suite-le = Archivado sin más trámite el { $date }
tm-telecharger-lattestation = Descargar el certificado
tm-votre-dossier-est-enregistre = Su expediente se guarda automáticamente después de cada modificación. Puede cerrar la ventana en cualquier momento y continuar más tarde donde lo dejó.
tm-envoyer-et-marquer-le-dossier = Enviar y marcar el expediente
tm-en-attente-de-reponse = EN ESPERA DE RESPUESTA
tm-votre-message-obligatoire = Su mensaje (obligatorio)
tm-ecrivez-votre-message-a-l-administration = Escriba aquí su mensaje a la administración
tm-identite-du-demandeur = Identidad del solicitante
tm-identite-du-mandataire = Identidad del mandatario
tm-sections-du-formulaire = Secciones del formulario
tm-modifier-le-siret = Modificar el SIRET
tm-lusager-a-pris-connaissance-de-la = El usuario tomó conocimiento de la decisión sobre su expediente el { $agreement }.
tm-identifier-votre-etablissement = Identifique su establecimiento
tm-civilite = Tratamiento
tm-nom = Apellido
tm-renseignez-le-numero-de-siret-de = Indique el número SIRET de su empresa, administración o asociación para empezar el trámite.
tm-pour-trouver-votre-numero-siret-utilisez = Para encontrar su número SIRET, use { $annuaire_link } o pregunte a su servicio de contabilidad.
tm-continuer = Continuar
tm-merci = ¡Gracias!
tm-votre-dossier-sur-la-demarche = Su expediente del trámite
tm-a-bien-ete-envoye = se ha enviado correctamente.
tm-vous-avez-desormais-acces-a-votre = Ahora tiene acceso a su
tm-dossier-en-ligne = expediente en línea.
tm-vous-pouvez = Puede
tm-le-modifier = modificarlo
tm-et = y
tm-echanger-avec-un-instructeur = hablar con un instructor.
tm-telecharger-mon-dossier = Descargar mi expediente
tm-telecharger-mon-attestation = Descargar mi certificado
tm-suivi-de-votre-dossier = Seguimiento de su expediente
tm-votre-dossier = Su expediente
tm-dossier-n = Expediente n.º { $n }
tm-en-brouillon-depuis-le = - En borrador desde el { $date }
tm-dossier-pdf = dossier-{ $n }.pdf (PDF del expediente)
tm-brouillon = borrador
tm-votre-dossier-est-en-cours-dinstruction = La administración está estudiando su expediente. Ya no puede modificarlo.
tm-votre-dossier-est-soumis-au-cadre = Su expediente está sujeto al marco legal «Silence Vaut Accord» (el silencio equivale a aceptación)
tm-votre-dossier-est-soumis-au-cadre-2 = Su expediente está sujeto al marco legal «Silence Vaut Rejet» (el silencio equivale a denegación)
tm-termine = terminado
tm-vous-avez-une-question-utilisez-la = ¿Tiene una pregunta? Use la mensajería para contactar directamente con la administración.
tm-motivation = Motivación:
tm-attestation = Certificado:
tm-votre-dossier-a-ete-accepte = Su expediente ha sido aceptado
tm-motif-de-lacceptation = Motivo de la aceptación
tm-votre-dossier-a-ete-refuse = Su expediente ha sido denegado
tm-envoyer-un-message-a-ladministration = Enviar un mensaje a la administración
tm-dernier-message = Último mensaje
tm-votre-prochain-rendez-vous = Su próxima cita
tm-voir-mon-rendez-vous-sur-rdv = Ver mi cita en RDV Service Public
tm-modifier-le-dossier-vous-pouvez-modifier = Modificar el expediente - Puede modificar su expediente mientras no haya pasado a estar en trámite
tm-rechercher-un-dossier-par-n-de = Buscar un expediente (por n.º de expediente, palabras clave…)
tm-rechercher-un-dossier-par-n-de-2 = Buscar un expediente (por n.º de expediente, apellido / nombre, palabras clave…)
tm-saisissez-votre-recherche = Escriba su búsqueda
tm-resultat-de-la-recherche-pour = Resultado de la búsqueda de «{ $search_terms }»
tm-et-pour-la-procedure = y para el procedimiento «{ $name }»
tm-dossier-numero = Expediente número { $n }
tm-ladministration-ne-traitera-plus-votre = La administración ya no tramitará su solicitud.
tm-dossier-n-2 = expediente n.º
tm-ne-correspond-aux-termes-recherches = no coincide con los términos buscados
tm-ne-correspond-aux-filtres-selectionnes = no coincide con los filtros seleccionados
tm-cette-demarche-est-close-vous-ne = Este trámite está cerrado No puede presentar este expediente. Le invitamos a presentar uno nuevo en { $link }, que lo sustituye.
tm-cette-demarche-est-close-vous-ne-2 = Este trámite está cerrado No puede presentar este expediente ni presentar uno nuevo para este trámite. { $link }
tm-cette-demarche-est-close-votre-dossier = Este trámite está cerrado Su expediente se ha presentado correctamente y la administración puede tramitarlo. Si lo necesita, puede presentar un nuevo expediente en { $link }, que lo sustituye.
tm-cette-demarche-est-close-votre-dossier-2 = Este trámite está cerrado Su expediente se ha presentado correctamente y la administración puede tramitarlo. No puede presentar un nuevo expediente para este trámite. { $link }
tm-cette-demarche-est-close-votre-dossier-3 = Este trámite está cerrado La administración ha tramitado su expediente. Si lo necesita, puede presentar un nuevo expediente en { $link }, que lo sustituye.
tm-cette-demarche-est-close-votre-dossier-4 = Este trámite está cerrado La administración ha tramitado su expediente. No puede presentar un nuevo expediente para este trámite. { $link }
tm-nouvelle-demarche-disponible = Nuevo trámite disponible
tm-cette-demarche = este trámite
tm-ce-dossier-attend-vos-corrections = Este expediente espera sus correcciones Consulte las modificaciones que debe hacer en la mensajería del expediente número { $n }.
tm-ce-dossier-attend-votre-reponse = Este expediente espera su respuesta
tm-consultez-la-messagerie-du-dossier = Consulte la mensajería del expediente número { $n } y responda a la administración.
tm-cree-le = Creado el { $date }
tm-mis-a-la-corbeille-automatiquement-le = Movido automáticamente a la papelera el { $date } porque se alcanzó el plazo máximo de conservación
tm-commencer-un-nouveau-dossier = Empezar un nuevo expediente
tm-dupliquer-le-dossier = Duplicar el expediente
tm-voulez-vous-vraiment-mettre-a-la = ¿Seguro que quiere mover este expediente a la papelera?
tm-en-continuant-vous-allez-supprimer-ce = Si continúa, eliminará este expediente, la información que contiene y su solicitud de transferencia a { $email }. Toda eliminación supone la anulación del trámite en curso. ¿Confirma la eliminación?
tm-continuer-a-remplir = Seguir rellenando
tm-restaurer = Restaurar
tm-restaurer-et-etendre-la-conservation-du = Restaurar y ampliar la conservación del expediente número { $id } ({ $duree_conservation_dossiers_dans_ds } meses)
tm-autres-actions = Otras acciones
tm-le-support-technique = El soporte técnico
tm-une-demande-de-transfert-est-en = Hay una solicitud de transferencia en curso del expediente n.º { $n } a { $email }
tm-une-demande-de-transfert-par-le = Hay una solicitud de transferencia del soporte técnico en curso del expediente n.º { $n } a { $email }
tm-demande-de-transfert-par-le-support = Solicitud de transferencia del soporte técnico para el expediente n.º { $n } de { $email }
tm-accepter = Aceptar
tm-refuser = Rechazar
tm-connexion-a = Iniciar sesión en { $name }
tm-mot-de-passe-oublie = ¿Ha olvidado su contraseña?
tm-trouvez-votre-demarche = Encuentre su trámite
tm-vous-etes-agent-de-la-fonction = ¿Es usted empleado público de la Administración del Estado?
tm-accedez-a-notre-page-dediee = Acceda a nuestra página específica
tm-se-connecter-avec-son-compte = Iniciar sesión con su cuenta
tm-si-vous-voyez-cette-page-trop = Si ve esta página con demasiada frecuencia, consulte nuestra ayuda.
tm-changement-de-mot-de-passe = Cambio de contraseña
tm-changer-le-mot-de-passe = Cambiar la contraseña
tm-si-un-compte-existe-avec-ladresse = Si existe una cuenta con la dirección { $email }, le hemos enviado un correo electrónico para restablecer su contraseña.
tm-vous-navez-pas-recu-lemail = ¿No ha recibido el correo electrónico?
tm-verifiez-la-boite-indesirables-ou-spam = Revise la carpeta de correo no deseado o spam de su buzón.
tm-vous-etes-vous-connecte-avec-france = ¿Ha iniciado sesión con France Connect en el pasado? En ese caso, inténtelo de nuevo con France Connect.
tm-le-compte-a-pu-etre-supprime = Es posible que la cuenta se haya eliminado por una inactividad prolongada sin expedientes en curso. En ese caso, tendrá que crear de nuevo una cuenta a partir de un trámite.
tm-lien-de-reinitialisation-du-mot-de = Enlace de restablecimiento de contraseña enviado
tm-attention-ce-courriel-peut-mettre-jusqua = Atención, este correo puede tardar hasta 15 minutos en llegar.
tm-en-cas-de-difficultes-nous-restons = Si tiene dificultades, puede seguir contactándonos mediante este formulario.

## ds: modal

tm-publier-la-demarche = Publicar el trámite
tm-reactiver-la-demarche = Reactivar el trámite
tm-vous-vous-appretez-a-publier-votre = Está a punto de publicar su trámite para el público.
tm-vous-vous-appretez-a-reactiver-votre = Está a punto de reactivar su trámite.
tm-publier = Publicar

## ds: activerecord

tm-la-nouvelle-adresse-electronique = La nueva dirección de correo electrónico
tm-numero-siret = Número SIRET
tm-la-demarche-est-mise-en-uvre = El trámite lo lleva a cabo
tm-valeur-du-champ = Valor del campo
tm-lobjet-genere-sera-tronque-sil-depasse = El asunto generado se recortará si supera los 100 caracteres.
tm-est-invalide-saisissez-un-numero-de = no es válido. Introduzca un número de teléfono válido. Ejemplo: 0612345678
tm-nest-pas-un-lien-valide = no es un enlace válido
tm-aucun-resultat-ne-correspond-a-votre = Ningún resultado corresponde a su búsqueda.
tm-trop-de-demandes-nous-reessayons-pour = Demasiadas solicitudes. Lo estamos reintentando por usted.
tm-erreur-du-serveur-nous-reessayons-pour = Error del servidor. Lo estamos reintentando por usted.
tm-service-indisponible-nous-reessayons = Servicio no disponible. Lo estamos reintentando por usted.
tm-la-demande-a-pris-trop-de = La solicitud ha tardado demasiado. Lo estamos reintentando por usted.
tm-probleme-de-connexion-nous-reessayons = Problema de conexión. Lo estamos reintentando por usted.
tm-resultat-introuvable-verifiez-vos = Resultado no encontrado. Compruebe sus datos.
tm-non-autorise-connectez-vous-pour = No autorizado. Inicie sesión para continuar.
tm-invitation-deja-envoyee = : Invitación ya enviada
tm-votre-lien-de-nouveau-mot-de = : Su enlace para una nueva contraseña ha caducado. Solicite uno nuevo.
tm-nest-pas-assez-complexe-saisir-un = no es lo bastante complejo. Introduzca una contraseña más compleja
tm-les-deux-mots-de-passe-ne = : Las dos contraseñas no coinciden
tm-ne-peut-etre-identique-a-lancienne = no puede ser igual a la anterior. Introduzca otra dirección de correo electrónico
tm-est-deja-utilise-par-une-demarche = ya lo usa un trámite. No puede usarlo porque pertenece a otro administrador.
tm-nest-pas-valide-il-doit-comporter = no es válido. Debe tener al menos 3 caracteres y como máximo 200, y solo se admiten los caracteres a-z, 0-9, '_' y '-'.
tm-ne-peut-pas-etre-utilise-car = no se puede usar porque es el último enlace del trámite.
tm-doit-posseder-13-ou-14-caracteres = debe tener 13 o 14 caracteres
tm-doit-etre-dans-les-options-proposees = debe estar entre las opciones propuestas
tm-doit-etre-un-nom-de-region = debe ser un nombre de región válido
tm-doit-etre-un-code-de-region = debe ser un código de región válido
tm-doit-etre-un-nom-de-departement = debe ser un nombre de departamento válido
tm-doit-etre-un-code-de-departement = debe ser un código de departamento válido
tm-doit-etre-un-code-depci-du = debe ser un código de EPCI del departamento correspondiente
tm-doit-etre-un-nom-depci-du = debe ser un nombre de EPCI del departamento correspondiente
tm-doit-etre-un-entier = debe ser un número entero

## ds: errors

tm-le-champ = El campo «{ $attribute }» { $message }
tm-le-dossier-nexiste-pas-ou-vous = El expediente no existe o usted no tiene acceso a él.
tm-ce-lien-dinvitation-nest-plus-valable = Este enlace de invitación ya no es válido o el expediente ya no está accesible.
tm-une-erreur-est-survenue-lors-de-4 = Se ha producido un error al conectarse con FranceConnect. Inténtelo de nuevo.
tm-seul-e-s-les-usagers-peuvent = Solo los usuarios pueden conectarse mediante France Connect. Si usted es instructor o administrador, le invitamos a restablecer su contraseña.
tm-desole-la-recuperation-des-informations = Lo sentimos, la obtención de los datos SIRET no está disponible temporalmente. Vuelva a intentarlo dentro de unos instantes.
tm-nous-navons-pas-trouve-detablissement = No hemos encontrado ningún establecimiento que corresponda a este número SIRET.
tm-lexpression-reguliere-que-vous-avez = La expresión regular que ha introducido es potencialmente peligrosa y podría causar problemas de rendimiento
tm-lexemple-doit-correspondre-a-lexpression = El ejemplo debe corresponder a la expresión regular indicada
tm-doit-etre-un-nombre-superieur-ou = debe ser un número mayor o igual que { $n }
tm-doit-etre-un-nombre-inferieur-ou = debe ser un número menor o igual que { $n }
tm-doit-etre-une-date-dans-le = debe ser una fecha en el pasado
tm-doit-etre-une-date-comprise-entre = debe ser una fecha comprendida entre el { $start_date } y el { $end_date }
tm-doit-etre-une-date-superieure-ou = debe ser una fecha igual o posterior al { $date }
tm-doit-etre-une-date-inferieure-ou = debe ser una fecha igual o anterior al { $date }
tm-doit-comprendre-entre-1-et-3 = debe tener entre 1 y 3 cifras después del punto
tm-doit-etre-une-date-correctement-formatee = debe ser una fecha con el formato correcto
tm-doit-etre-une-date-et-heure = debe ser una fecha y hora con el formato correcto
tm-doit-etre-rempli = debe rellenarse
tm-votre-session-a-ete-renouvelee-merci = Su sesión se ha renovado. Repita esta acción desde esta página.

## ds: users

tm-ce-dossier-est-depose-sur-une = Este expediente se ha presentado en un trámite de prueba. Cualquier modificación del trámite por parte del administrador (añadir un campo, publicar el trámite...) provocará su eliminación.
tm-votre-dossier-ne-peut-plus-etre = Su expediente ya no se puede modificar
tm-completez-lidentification-de = Complete la identificación del establecimiento para continuar.
tm-votre-dossier-a-bien-ete-duplique = Su expediente se ha duplicado. Ahora puede revisarlo, adaptarlo y después presentarlo.
tm-linstruction-de-votre-dossier-a-commence = La tramitación de su expediente ha comenzado; ya no es posible eliminarlo. Si desea anular la tramitación, contacte con su administración a través de la mensajería de su expediente.
tm-votre-dossier-a-bien-ete-mis = Su expediente se ha movido a la papelera
tm-le-dossier-n-est-pas-correctement = El expediente no está correctamente rellenado.
tm-votre-dossier-a-bien-ete-restaure = Su expediente se ha restaurado
tm-aucun-etablissement-nest-associe-a-ce = No hay ningún establecimiento asociado a este expediente
tm-identite-enregistree = Identidad registrada
tm-attestation-de-depot = Justificante de presentación
tm-dossier-depose-le = Expediente presentado el
tm-etat-du-dossier = Estado del expediente
tm-depose-en-attente-dexamen-par = presentado, en espera de estudio por la administración
tm-refuse = denegado
tm-classe-sans-suite = archivado sin más trámite
tm-service-administratif = Servicio administrativo
tm-fait-le = Hecho el { $date },
tm-obtenir-une-attestation-de-depot-de = Obtener un justificante de presentación del expediente
tm-dossier-n-en-corbeille = Expediente n.º { $n } - En la papelera
tm-vous-pouvez-retrouver-ce-dossier-depuis = Puede encontrar este expediente en la pestaña papelera de su cuenta. Actualmente no se puede consultar.
tm-ce-dossier-a-ete-mis-a = Este expediente se ha movido a la papelera a petición suya: todavía puede restaurarlo.
tm-si-ce-dossier-a-ete-mis = Si este expediente se movió a la papelera a petición suya: todavía puede restaurarlo.
tm-si-ce-dossier-a-ete-mis-2 = Si este expediente se movió automáticamente a la papelera porque se alcanzó su plazo máximo de conservación: le recomendamos que lo descargue cuanto antes, antes de que se elimine definitivamente.
tm-dossier-n-supprime-definitivement = Expediente n.º { $n } - Eliminado definitivamente
tm-vous-ne-pouvez-plus-recuperer-ce = Ya no puede recuperar este expediente por uno de los siguientes motivos:
tm-il-a-ete-mis-a-la = Se movió a la papelera a petición suya y después se eliminó automáticamente.
tm-il-a-ete-supprime-car-son = Se eliminó porque se alcanzó su plazo máximo de conservación.
tm-vous-pouvez-retrouver-lensemble-des = Puede encontrar todos los expedientes eliminados de su cuenta (salvo los borradores, «BROUILLON») en la página «Historial de expedientes eliminados» («Historique des dossiers supprimés»).

## ds: france_connect

tm-votre-compte-franceconnect-utilise-comme = Su cuenta FranceConnect usa { $email } como correo electrónico de contacto.
tm-souhaitez-vous-lutiliser-pour-recevoir = ¿Desea usarlo para recibir las notificaciones sobre el avance de sus expedientes?
tm-valider = Validar
tm-veuillez-nous-fournir-ladresse = Indíquenos la dirección de correo electrónico que debemos usar para contactarle
tm-oui-utiliser-comme-adresse-electronique = Sí, usar { $email } como dirección de correo electrónico de contacto
tm-non-utiliser-une-autre-adresse = No, usar otra dirección de correo electrónico
tm-fusion-des-comptes-franceconnect-et = Fusión de las cuentas FranceConnect y { $name }
tm-bonjour-votre-compte-franceconnect = Hola, su cuenta FranceConnect usa { $email } como dirección de correo electrónico de contacto. Sin embargo, ya existe una cuenta en { $name } con esa dirección de correo electrónico.
tm-pour-les-fusionner-entrez-votre-mot = Para fusionarlas, introduzca su contraseña
tm-fusionner-les-comptes = Fusionar las cuentas
tm-utiliser-cette-adresse-electronique = Usar esta dirección de correo electrónico
tm-nous-venons-de-vous-envoyer-le = Acabamos de enviarle el correo de confirmación; haga clic en el enlace de ese correo para fusionar sus cuentas
tm-le-lien-de-confirmation-a-expire = El enlace de confirmación ha caducado. Le hemos enviado un nuevo enlace de confirmación por correo electrónico.
tm-une-erreur-inattendue-est-survenue = Se ha producido un error inesperado. Contacte con el soporte si el problema persiste.
tm-vous-avez-ete-deconnecte-de-votre = Se ha cerrado la sesión de su cuenta anterior. Vuelva a hacer clic en el enlace de confirmación.
tm-utilisateur-non-trouve = Usuario no encontrado
tm-les-comptes-franceconnect-et-sont-a = Las cuentas FranceConnect y { $name } ya están fusionadas

## ds: notification_mailer

tm-vous-pouvez-telecharger-votre = Puede descargar su certificado en la siguiente dirección: { $link }
tm-pour-obtenir-le-detail-de-cette = Para conocer el detalle de esta modificación de la decisión, puede contactar con el servicio: { $name }.
tm-a-ete-refuse-le = fue denegado el { $date }
tm-le-motif-de-refus-est-le = El motivo de la denegación es el siguiente:

## ds: shared

tm-vous-navez-pas-renseigne-le-siret = No ha indicado el SIRET del servicio en algunos de sus trámites. Modifíquelos, por favor.
tm-certaines-de-vos-demarches-nont-pas = Algunos de sus trámites no tienen ningún servicio asociado.
tm-ajouter-un-service-a-la-demarche = Añadir un servicio al trámite { $n }
tm-temps-de-remplissage-estime-min-variable = Tiempo estimado para rellenarlo: { $n } min (varía según las opciones elegidas)
tm-quels-sont-les-delais-dinstruction-pour = ¿Cuáles son los plazos de tramitación de este trámite?
tm-liste-des-pieces-en-fonction-de = Lista de documentos según su situación
tm-le-sva-ou-silence-vaut-accord = El SVA, o «Silence Vaut Accord» (el silencio equivale a aceptación), es un principio legal que define qué ocurre con una solicitud cuando la administración no responde: la solicitud se aceptará automáticamente al cabo de un plazo si su expediente está completo.
tm-le-svr-ou-silence-vaut-rejet = El SVR, o «Silence Vaut Rejet» (el silencio equivale a denegación), es un principio legal que define qué ocurre con una solicitud cuando la administración no responde: la solicitud se denegará automáticamente al cabo de un plazo si su expediente está completo.

## ds: layouts

tm-super-admin = superadministrador

## ds: activerecord

tm-renseigner-un-numero-et-nom-de = Indique un número y nombre de calle, o un paraje
tm-renseigner-la-ville-ou-commune = Indique la ciudad o el municipio
tm-renseigner-un-code-postal = Indique un código postal
tm-format-attendu-jj-mm-aaaa = Formato esperado: DD/MM/AAAA.
tm-format-attendu-jj-mm-aaaa-hh = Formato esperado: DD/MM/AAAA HH:MM.
tm-format-attendu-un-numero-de-dossier = Formato esperado: un número de expediente presentado en { $name }
tm-ne-doit-pas-contenir-de-caracteres = no debe contener caracteres especiales
tm-doit-faire-au-moins-caracteres = debe tener al menos { $n ->
        [one] { $n } carácter
       *[other] { $n } caracteres
    }
tm-doit-faire-moins-de-caracteres = debe tener menos de { $n ->
        [one] { $n } carácter
       *[other] { $n } caracteres
    }
tm-est-invalide-saisissez-un-numero-iban = no es válido. Introduzca un número IBAN válido. Ejemplo (Francia): FR76 1234 1234 1234 1234 1234 123
tm-exemple-france-fr76-1234-1234-1234 = Ejemplo (Francia): FR76 1234 1234 1234 1234 1234 123
tm-vous-pouvez-selectionner-un-ou-plusieurs = Puede seleccionar una o varias opciones.

## ds: activemodel

tm-region-code-region = Región y código de región

## ds: activerecord

tm-format-attendu-un-numero-de-telephone = Formato esperado: un número de teléfono válido. Ejemplo: 0612345678
tm-doit-commencer-par-un-w-majuscule = debe empezar por una W mayúscula seguida de 9 cifras o letras. Ejemplo: W503726238
tm-le-numero-rna-saisi-ne-correspond = el número RNA { $value } introducido no corresponde a ningún establecimiento; introduzca un número RNA válido
tm-une-erreur-reseau-a-empeche-lassociation = un error de red ha impedido encontrar la asociación vinculada a este RNA; inténtelo de nuevo más tarde
tm-numero-rna = Número RNA
tm-nom-de-lassociation = Nombre de la asociación
tm-objet-de-lassociation = Objeto de la asociación
tm-date-de-creation = Fecha de creación
tm-date-de-publication = Fecha de publicación
tm-format-attendu-un-w-majuscule-suivi = Formato esperado: una W mayúscula seguida de 9 cifras o letras. Ejemplo: W503726238
tm-rnf-aucune-fondation-trouvee = RNF { $rnf } (no se ha encontrado ninguna fundación)
tm-numero-rnf = Número RNF
tm-mise-a-jour-le = Actualizado el
tm-comporte-une-erreur-de-saisie-corrigez = contiene un error de escritura. Corríjalo.
tm-ne-correspond-pas-a-un-etablissement = no corresponde a ningún establecimiento existente
tm-dossier-supprime = Expediente eliminado
tm-demande-de-lusager = Solicitud del usuario
tm-suppression-dune-demarche = Eliminación de un trámite
tm-numero-de-dossier = Número de expediente
tm-etat = Estado
tm-demande-de-correction = Solicitud de corrección
tm-pour-vous = Para usted
tm-pour-un-beneficiaire-membre-de-la = Para un beneficiario: familiar, allegado, mandante, profesional encargado del seguimiento del expediente…
tm-a-corriger = Por corregir
tm-dossier-non-modifie = Expediente no modificado
tm-demande-de-correction-annulee = Solicitud de corrección anulada
tm-reponse-donnee = Respuesta dada
tm-le-dossier-nest-pas-valide-et = El expediente no es válido y necesita una corrección
tm-le-dossier-doit-etre-mis-a = El expediente debe actualizarse y validarse de nuevo
tm-depose-depuis-longtemps = Presentado hace mucho tiempo
tm-depose-depuis-j = Presentado hace { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
tm-expire-bientot = Caduca pronto
tm-expire-dans-j = Caduca dentro de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
tm-bientot-supprime = Se eliminará pronto
tm-suppression-dans-j = Eliminación dentro de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
tm-message = Mensaje
tm-annotation-privee = Anotación privada
tm-ladresse-electronique = La dirección de correo electrónico { $message }
tm-est-invalide = no es válido
tm-parcelle-agricole = Parcela agrícola
tm-selection-utilisateur = Selección del usuario
tm-ne-peut-pas-etre-vide = no puede estar vacío
tm-nest-pas-un-geojson-valide = no es un GeoJSON válido
tm-contient-des-coordonnees-invalides = contiene coordenadas no válidas; utilice el sistema de coordenadas WGS84

## ds: geo_area

tm-parcelle-n-feuille-m2-commune = Parcela n.º { $n } - Hoja { $prefixe } { $section } - { $surface } m² – municipio { $commune }
tm-parcelle-n-hectares = Parcela n.º { $n } - { $surface } hectáreas
tm-une-aire-de-surface-m2 = Una superficie de { $area } m²
tm-une-aire-de-surface-inconnue = Una superficie desconocida

## ds: activerecord

tm-doit-etre-different-de-celui-du = debe ser diferente del del mandatario
tm-notifier-le-beneficiaire = Notificar al beneficiario:
tm-pas-de-notification = Sin notificación
tm-votre-dossier-n-est-en-train = Su expediente n.º { $n } está siendo examinado de nuevo ({ $name })

## ds: activemodel

tm-annee = Año
tm-depuis-le-debut = Desde el principio
tm-en = (en { $year })
tm-nombre-de-demarches = Número de trámites
tm-nombre-de-demarches-publiees-ou-closes = Número de trámites publicados o cerrados { $add_on }

## ds: shared

tm-le-dossier-a-ete-depose-par = El expediente fue presentado por una cuenta FranceConnect.
tm-le-dossier-a-ete-depose-par-2 = El expediente fue presentado por la cuenta de { $name }.
tm-le-service-traitant-na-pas-ete = El servicio encargado no ha podido tramitar su solicitud dentro del plazo fijado por la regla «Silence Vaut Rejet» (el silencio equivale a denegación).
tm-expirera-le-mois-apres-le-depot = Caducará el { $date } ({ $n ->
        [one] { $n } mes
       *[other] { $n } meses
    } después de presentar el expediente)
tm-ce-dossier-est-en-instruction-il = Este expediente está en trámite; no caducará
tm-expirera-le-mois-apres-le-traitement = Caducará el { $date } ({ $n ->
        [one] { $n } mes
       *[other] { $n } meses
    } después de la tramitación del expediente)
tm-expirera-le-mois-apres-le-traitement-2 = Caducará el { $date } ({ $n ->
        [one] { $n } mes
       *[other] { $n } meses
    } después de la tramitación del expediente)
tm-la-recuperation-automatique-des-donnees = La obtención automática de los datos del beneficiario n.º { $numero_allocataire } con el código postal { $code_postal } está en curso.
tm-des-donnees-concernant-liees-au-compte = Se han recibido de la CAF datos sobre { $sources } vinculados a la cuenta n.º { $numero_allocataire } con el código postal { $code_postal }.
tm-donnees-obtenues-de-la-caisse-nationale = Datos obtenidos de la Caisse nationale d’allocations familiales (caja nacional de prestaciones familiares)
tm-la-recuperation-automatique-des-donnees-2 = La obtención automática de los datos del declarante n.º { $numero_fiscal } con la referencia de aviso { $reference_avis } está en curso.
tm-des-donnees-concernant-liees-au = Se han recibido de la DGFiP datos sobre { $sources } vinculados al declarante n.º { $numero_fiscal } con la referencia de aviso { $reference_avis }.
tm-donnees-obtenues-de-la-direction = Datos obtenidos de la Direction générale des Finances publiques (administración tributaria)
tm-la-recuperation-automatique-des-donnees-3 = La obtención automática de los datos del identificador { $identifiant } está en curso.
tm-des-donnees-concernant-liees-a = Se han recibido de Pôle emploi datos sobre { $sources } vinculados al identificador { $identifiant }.
tm-donnees-obtenues-de-pole-emploi = Datos obtenidos de Pôle emploi
tm-des-donnees-concernant-liees-a-line = Se han recibido del MESRI datos sobre { $sources } vinculados al INE { $ine }.
tm-donnees-obtenues-du-mesri = Datos obtenidos del MESRI
tm-entrer-une-autre-option = Introducir otra opción

## ds: carte

tm-deploiement-par-departement = Despliegue por departamento
tm-quelle-carte-souhaitez-vous = ¿Qué mapa desea?

## ds: views

tm-selectionnez = Seleccione

## ds: activerecord

tm-votre-adresse-electronique = Su dirección de correo electrónico profesional
tm-sujet = Asunto

## ds: contact

tm-votre-question = Su pregunta
tm-notre-reponse = Nuestra respuesta
tm-une-capture-decran-peut-nous-aider = Una captura de pantalla puede ayudarnos a identificar más fácilmente el punto que hay que mejorar.
tm-une-capture-decran-peut-nous-aider-2 = Una captura de pantalla puede ayudarnos a identificar más fácilmente el problema.
tm-taille-maximale-autorisee-200-mo-formats = Tamaño máximo permitido: 200 MB. Formatos admitidos: jpg, png, pdf.
tm-contactez-nous-via-ce-formulaire-et = Contáctenos mediante este formulario y le responderemos lo antes posible. No olvide darnos toda la información posible para que podamos ayudarle de la mejor manera.
tm-jai-un-probleme-lors-du-remplissage = Tengo un problema al rellenar mi expediente
tm-avez-vous-bien-verifie-que-tous = ¿Ha comprobado que todos los campos obligatorios ( * ) están rellenados? Si tiene preguntas sobre la información que debe introducir, contacte con los servicios responsables del trámite (FAQ).
tm-jai-une-question-sur-linstruction-de = Tengo una pregunta sobre la tramitación de mi expediente
tm-si-vous-avez-des-questions-sur = Si tiene preguntas sobre la tramitación de su expediente (por ejemplo, sobre los plazos), le invitamos a contactar directamente con los servicios que tramitan su expediente a través de su mensajería (FAQ). Si desea hacer una pregunta sobre un problema técnico del sitio, use el formulario de abajo. No podremos informarle sobre la tramitación de su expediente.
tm-jai-une-idee-damelioration-pour-votre = Tengo una idea para mejorar su sitio web
tm-une-idee-pensez-a-consulter-notre = ¿Una idea? Consulte nuestro panel de mejoras: vote por sus mejoras prioritarias, proponga su propia idea.
tm-nous-vous-invitons-a-contacter = Le invitamos a contactar con la administración responsable de su trámite para que le indique el enlace que debe seguir. Debería parecerse a esto: { $base_url }/commencer/NOM_DE_LA_DEMARCHE. También puede consultar aquí la lista de nuestros trámites más frecuentes (permisos, detr, etc.).
tm-autre-sujet = Otro asunto
tm-votre-message-a-ete-envoye-sur = Su mensaje se ha enviado a la mensajería de su expediente.
tm-votre-message-a-ete-envoye = Su mensaje se ha enviado.
tm-la-piece-jointe-doit-etre-un = El archivo adjunto debe ser un archivo

## ds: dossier_mailer

tm-vous-avez-recu-un-nouveau-message = Ha recibido un nuevo mensaje de la administración responsable de su expediente del trámite «{ $name }».
tm-pour-consulter-le-message-et-y = Para leer el mensaje y responderlo, haga clic en el botón de abajo:
tm-si-vous-souhaitez-repondre-a-ce = Si desea responder a este mensaje, contacte directamente con la administración en la siguiente dirección: { $email }
tm-si-vous-souhaitez-repondre-a-ce-2 = Si desea responder a este mensaje, contacte directamente con la administración mediante los datos de contacto que aparecen al final de este correo.
tm-lire-le-message = Leer el mensaje
tm-vous-avez-commence-a-remplir-un = Ha empezado a rellenar un expediente para el trámite «{ $name }».
tm-vous-pouvez-retrouver-et-completer-votre = Puede encontrar y completar su expediente haciendo clic en el botón de abajo:
tm-vous-pouvez-deposer-votre-dossier = Puede presentar su expediente hasta el { $before }.
tm-afficher-votre-dossier = Mostrar su expediente
tm-vous-devez-corriger-votre-dossier-n = Debe corregir su expediente n.º { $n } «{ $name }»
tm-afin-de-poursuivre-son-instruction-un = Para continuar con su tramitación, un instructor le pide que haga correcciones en su expediente n.º { $n } del trámite «{ $name }».
tm-afin-de-commencer-son-instruction-un = Para empezar su tramitación, un instructor le pide que complete su expediente n.º { $n } del trámite «{ $name }».
tm-consultez-la-messagerie-de-votre-dossier = Consulte la mensajería de su expediente para conocer las modificaciones que debe hacer y, después, modifique el expediente directamente en el sitio web.
tm-ouvrir-la-messagerie = Abrir la mensajería
tm-vous-avez-une-demande-de-transfert = Tiene una solicitud de transferencia pendiente.
tm-afin-de-pouvoir-accepter-ou-refuser = Para poder aceptar o rechazar la solicitud, debe iniciar sesión en { $name }:
tm-acceder-a-la-demande-de-transfert = acceder a la solicitud de transferencia
tm-afin-de-pouvoir-accepter-ou-refuser-2 = Para poder aceptar o rechazar la solicitud, debe tener una cuenta:
tm-se-creer-un-compte-sur = crear una cuenta en { $name }
tm-vous-adresse-une-demande-de-transfert = { $name } le envía una solicitud de transferencia de { $n ->
        [one] { $n } expediente
       *[other] { $n } expedientes
    }.
tm-vous-adresse-une-demande-de-transfert-2 = { $name } le envía una solicitud de transferencia del expediente n.º { $n } del trámite

## ds: layouts

tm-accueil-liste-des-demarches = Inicio - Lista de trámites
tm-vous-etes-ici = Usted está aquí
tm-voir-le-fil-dariane = Ver la ruta de navegación
tm-previsualiser-le-formulaire = Previsualizar el formulario
tm-previsualiser-les-annotations = Previsualizar las anotaciones
tm-depuis-le = desde el { $date }
tm-publiee = Publicado
tm-en-test = En prueba
tm-a-modifier = Por modificar
tm-pour-plus-dinformation-sur-la-phase = Para más información sobre la fase de prueba
tm-consulter-la-faq = consultar las preguntas frecuentes (FAQ)
tm-suivi-des-dossiers = { $name } – Seguimiento de los expedientes
tm-modifier-le-lien-de-la-demarche = Modificar el enlace del trámite
tm-pour-vous-adresser-a-votre = Para dirigirse a su administración, pase directamente por la
tm-page-de-contact = Página de contacto:
tm-horaires = Horario:
tm-consultez-laide-en-ligne = Consulte la ayuda en línea
tm-consultez-la-page-de-contact-de = Consulte la página de contacto de la administración
tm-lequipe = El equipo
tm-nous-vous-informons-que-le-dossier = Le informamos de que el expediente n.º { $dossier_id }, rellenado en su nombre por { $mandataire_first_name } { $mandataire_last_name }, del trámite
tm-a-ete-classe-sans-suite-le = ha sido archivado sin más trámite el { $date }.
tm-a-ete-rendue = ha sido dictada.

## ds: root

tm-effectuer-une-demarche-administrative-en = Hacer un trámite administrativo en línea
tm-vous-souhaitez-effectuer-une-demande = ¿Desea hacer una solicitud ante una administración?
tm-realisez-vos-demandes-en-toute = Haga sus solicitudes con toda sencillez y encuentre sus expedientes en línea
tm-comment-trouver-ma-demarche = ¿Cómo encuentro mi trámite?
tm-dossiers-deposes = expedientes presentados
tm-reduction-des-delais-de-traitement = reducción de los plazos de tramitación
tm-une-question-un-probleme = ¿Una pregunta, un problema?
tm-la-reponse-est-dans-laide-en = La respuesta está en la ayuda en línea
tm-administration-vous-voulez = Administración: ¿quiere digitalizar sus trámites?

## ds: views

tm-franceconnect-est-la-solution-proposee = FranceConnect es la solución que propone el Estado para proteger y simplificar la conexión a sus servicios en línea.
tm-sidentifier-avec = Identificarse con
tm-ou = o
tm-vous-avez-deja-un-compte = ¿Ya tiene una cuenta?
tm-jai-deja-un-compte = Ya tengo una cuenta
tm-creer-un-compte = Crear una cuenta
tm-votre-adresse-electronique-nest-pas = Su dirección de correo electrónico no está verificada, por lo que no recibirá los mensajes de { $name }. Revise su bandeja de entrada y haga clic en el enlace de verificación. ¿No ha recibido el correo electrónico?
tm-telecharger-le-modele = Descargar el modelo

## ds: commencer

tm-commencer-la-demarche = Empezar el trámite
tm-vous-avez-deja-des-dossiers-pour = Ya tiene expedientes para este trámite
tm-voir-mes-dossiers-en-cours = Ver mis expedientes en curso
tm-vous-avez-un-dossier-prerempli = Tiene un expediente rellenado previamente
tm-vous-etes-prete-a-poursuivre-un = Está listo(a) para continuar un expediente rellenado previamente del trámite «{ $name }», empezado hace { $time }.
tm-vous-avez-deja-commence-a-remplir = Ya ha empezado a rellenar un expediente
tm-il-y-a-vous-avez-depose = Hace { $time }, presentó un expediente en el trámite «{ $name }».
tm-poursuivre-mon-dossier-prerempli = Continuar mi expediente rellenado previamente
tm-continuer-a-remplir-mon-dossier = Seguir rellenando mi expediente
tm-voir-mon-dossier-depose = Ver mi expediente presentado
tm-vous-souhaitez-effectuer-une-demande-par = ¿Desea hacer una solicitud en papel? Puede descargar un expediente vacío en formato PDF y enviarlo a la administración correspondiente: { $name } - { $adresse }
tm-telecharger-un-dossier-vide-au-format = Descargar un expediente vacío en formato PDF
tm-vos-derniers-dossiers-crees = { $n ->
        [one] Su último expediente creado ({ $n }):
       *[other] Sus { $n } últimos expedientes creados:
    }
tm-n-cree-il-y-a = N.º { $n }, creado hace { $date }, { $state }
tm-la-demarche-est-close-depuis-le = El trámite { $name } está cerrado desde el { $date }

## ds: users

tm-vous-vous-appretez-a-transferer-le = Está a punto de transferir el expediente { $state } n.º { $n } presentado por { $name } el { $date } a la cuenta de otro usuario.
tm-envoyer-la-demande-de-transfert = Enviar la solicitud de transferencia
tm-linvitation-au-transfert-a-ete-envoyee = La invitación de transferencia se ha enviado correctamente
tm-la-demande-de-transfert-a-ete = La solicitud de transferencia se ha eliminado correctamente
tm-la-demarche-liee-a-votre-dossier = El trámite vinculado a su expediente se ha eliminado
tm-la-demarche-liee-a-votre-dossier-2 = El trámite vinculado a su expediente está cerrado
tm-vous-pouvez-toujours-consulter-votre = Todavía puede consultar su expediente, pero ya no es posible modificarlo.
tm-votre-dossier-a-ete-traite-par = La administración ha tramitado su expediente; no es posible realizar ninguna acción
tm-vous-pouvez-toujours-consulter-votre-2 = Todavía puede consultar su expediente, pero la administración no lo tramitará
tm-voir-la-demarche = ver el trámite
tm-une-nouvelle-demarche-est-disponible = Hay un nuevo trámite disponible; consúltelo aquí:
tm-pour-plus-dinformations-veuillez-vous = Para más información, diríjase al servicio { $name }, disponible en el { $service_phone_number } o por correo electrónico en { $email }
tm-votre-dossier-est-en-attente-de = Su expediente está a la espera de que la administración se haga cargo de él. El plazo máximo para hacerse cargo es de { $n ->
        [one] { $n } mes
       *[other] { $n } meses
    }. No obstante, puede ampliar este plazo haciendo clic en el botón de abajo.
tm-conserver-mois-supplementaire = Conservar { $n ->
        [one] { $n } mes más
       *[other] { $n } meses más
    }
tm-cadre-juridique = Marco jurídico
tm-retention-et-archivage-des-donnees-mois = Retención y archivo de los datos: { $n ->
        [one] { $n } mes
       *[other] { $n } meses
    }
tm-texte-cadrant-la-demande-dinformation = Texto que regula la solicitud de información
tm-contacter-le-delegue-a-la-protection = Contactar con el Delegado de Protección de Datos
tm-dematerialisation = Digitalización
tm-trouver-une-maison-france-services = Encontrar una oficina France Services
tm-profil = Perfil
tm-nouvelle-adresse-electronique = Nueva dirección de correo electrónico
tm-votre-adresse-electronique-actuelle = Su dirección de correo electrónico actual
tm-changer-mon-adresse = Cambiar mi dirección
tm-transferer-tous-vos-dossiers = Transferir todos sus expedientes
tm-cette-fonctionnalite-vous-permet-de = Esta función le permite cambiar el propietario de todos sus expedientes. Suele ser útil cuando se cambia de puesto o si desea fusionar varias cuentas.
tm-adresse-electronique-du-prochain = Dirección de correo electrónico del próximo propietario de todos sus expedientes
tm-le-nouveau-proprietaire-doit-confirmer = El nuevo propietario { $email } debe confirmar la transferencia de un expediente siguiendo las instrucciones recibidas en su correo electrónico.
tm-le-nouveau-proprietaire-doit-confirmer-2 = El nuevo propietario { $email } debe confirmar la transferencia de { $n ->
        [one] su { $n } expediente
       *[other] sus { $n } expedientes
    } siguiendo las instrucciones recibidas en su correo electrónico.
tm-confirmez-vous-le-transfert = ¿Confirma la transferencia?
tm-transferer-tous-mes-dossiers = Transferir todos mis expedientes
tm-changement-en-attente = Cambio pendiente:
tm-doit-sassurer-que-votre-compte-est = { $name } debe asegurarse de que su cuenta se usa en un contexto profesional. Podemos autorizar automáticamente los cambios de correo electrónico hacia los siguientes dominios: { $legit_admin_domains } Si no es su caso, contacte con el soporte: { $email }
tm-votre-compte-sur-est-actuellement-lie = Su cuenta en { $name } está vinculada actualmente a la siguiente identidad:
tm-votre-compte-sur-est-actuellement-lie-2 = Su cuenta en { $name } está vinculada actualmente a { $n ->
        [one] la siguiente identidad ({ $n }):
       *[other] las { $n } identidades siguientes:
    }
tm-interdire-lacces = Prohibir el acceso
tm-le-transfert-dun-dossier-a-est = La transferencia de un expediente a { $email } está en curso
tm-le-transfert-de-dossiers-a-est = La transferencia de { $n ->
        [one] { $n } expediente
       *[other] { $n } expedientes
    } a { $email } está en curso

## seeds: seeds

tm-service-momentanement-indisponible-nous = Servicio momentáneamente no disponible. Le invitamos a volver a intentarlo más tarde.
tm-numero-de-la-declaration-de-perte = Número de la declaración de pérdida
tm-mettre-a-jour-mes-documents = Actualizar mis documentos
tm-nombre-d-enfants-a-charge = Número de hijos a cargo
tm-je-ne-suis-pas-un-robot = No soy un robot
tm-numero-etranger = Número de extranjero

## failures: failures

tm-plus-de-plage-horaire-libre = no quedan franjas horarias libres
tm-aucun-creneau-disponible = ningún horario disponible
tm-aucun-creneau-n-est-disponible = no hay ningún horario disponible
tm-pas-de-creneau-disponible = no hay horarios disponibles
tm-plus-de-creneau-disponible = ya no quedan horarios disponibles
tm-aucun-rendez-vous-disponible = ninguna cita disponible
tm-aucun-rendez-vous-n-est-disponible = no hay ninguna cita disponible
tm-aucune-disponibilite = ninguna disponibilidad
tm-tous-les-creneaux-sont-reserves = todos los horarios están reservados
tm-toutes-les-plages-horaires-sont = todas las franjas horarias están reservadas
tm-aucune-plage-horaire = ninguna franja horaria
tm-service-momentanement-indisponible = servicio momentáneamente no disponible
tm-service-temporairement-indisponible = servicio temporalmente no disponible
tm-service-indisponible = servicio no disponible
tm-site-en-maintenance = sitio en mantenimiento
tm-actuellement-en-maintenance = actualmente en mantenimiento
tm-operation-de-maintenance = operación de mantenimiento
tm-erreur-technique = error técnico
tm-probleme-technique = problema técnico
tm-une-erreur-est-survenue = se ha producido un error
tm-une-erreur-inattendue = un error inesperado
tm-le-service-rencontre-des-difficultes = el servicio tiene dificultades
tm-nombre-de-connexions = número de conexiones
tm-trop-de-demandes = demasiadas solicitudes
tm-votre-session-a-expire = su sesión ha caducado
tm-session-expiree = sesión caducada
tm-vous-avez-ete-deconnecte = se ha cerrado su sesión
tm-delai-d-inactivite = plazo de inactividad
tm-code-de-securite-saisi-est-incorrect = código de seguridad introducido es incorrecto
tm-code-de-securite-est-incorrect = código de seguridad es incorrecto
tm-captcha-incorrect = captcha incorrecto
tm-captcha-invalide = captcha no válido
tm-identifiant-ou-mot-de-passe-incorrect = identificador o contraseña incorrectos
tm-identifiant-ou-mot-de-passe-invalide = identificador o contraseña no válidos
tm-compte-bloque = cuenta bloqueada
tm-compte-verrouille = cuenta bloqueada
tm-compte-desactive = cuenta desactivada
tm-format-de-fichier-non-supporte = formato de archivo no admitido
tm-format-non-supporte = formato no admitido
tm-fichier-trop-volumineux = archivo demasiado grande
tm-depasse-la-taille-maximale = supera el tamaño máximo
tm-dossier-incomplet = expediente incompleto
tm-piece-manquante = documento que falta
tm-n-est-pas-valide = no es válido
tm-est-obligatoire = es obligatorio
tm-numero-etranger-inconnu = número de extranjero desconocido
tm-aucun-dossier-ne-correspond = ningún expediente coincide
tm-delai-d-attente-depasse = tiempo de espera agotado
tm-le-serveur-met-trop-de-temps = el servidor tarda demasiado

## fixture: captcha/captchetat-botdetect.html

tm-saisissez-le-code-de-securite = Introduzca el código de seguridad
tm-verification-de-securite = Verificación de seguridad
tm-le-code-peut-etre-ecoute-avec = Puede escuchar el código con el botón «Decir el código» («Énoncer le code»); el botón «Cambiar el código» («Changer le code») muestra una nueva imagen.
tm-recopiez-les-caracteres-affiches-dans = Copie los caracteres que aparecen en la imagen.
tm-veuillez-recopier-le-code-de-securite = Copie el código de seguridad para continuar con su solicitud de cita.
tm-prise-de-rendez-vous-demande-de = Pedir cita — Solicitud de naturalización

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = Introduzca los caracteres de la imagen
tm-afin-de-verifier-que-vous-netes = Para comprobar que no es un robot, copie los caracteres que aparecen en la imagen. Para escucharlos, use el botón «Decir el código del captcha» («Énoncer le code du captcha»); para obtener otra imagen, use el botón «Generar un nuevo captcha» («Générer un nouveau captcha»).
tm-les-majuscules-et-minuscules-ne-sont = No se distinguen mayúsculas y minúsculas.
tm-pour-acceder-au-calendrier-des-rendez = Para acceder al calendario de citas, copie el código de seguridad y después haga clic en «Siguiente» («Suivant»).
tm-prise-de-rendez-vous-remise-de = Pedir cita — Entrega del permiso de residencia
tm-le-code-de-securite-saisi-est = El código de seguridad introducido es incorrecto. Vuelva a intentarlo.

## fixture: captcha/captchetat.html

tm-vos-coordonnees = Sus datos de contacto
tm-format-attendu-nom-domaine-fr = Formato esperado: nombre@dominio.fr
tm-avant-de-choisir-un-creneau-merci = Antes de elegir un horario, confirme su solicitud. Las citas se abren cada semana según la disponibilidad de la ventanilla.
tm-prise-de-rendez-vous-echange-de = Pedir cita — Canje de permiso de conducir extranjero

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = Verificación antirrobot
tm-cliquez-sur-clique-ici-pour-verifier = Haga clic en «Haz clic aquí para verificar» («Clique ici pour vérifier»): la verificación se hace automáticamente, sin prueba.
tm-clique-ici-pour-verifier = Haz clic aquí para verificar
tm-pour-toute-question-relative-a-vos = Para cualquier pregunta sobre sus trámites (permisos de residencia, permisos de conducir, asociaciones), use este formulario. Recibirá una respuesta en un plazo de 15 días hábiles.
tm-nous-contacter = Contactar con nosotros
tm-nous-verifions-que-vous-netes-pas = Estamos comprobando que usted no es un robot…
tm-verification-automatique-des-spams = Comprobación automática de spam terminada

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = Número de matrícula
tm-format-attendu-ab-123-cd = Formato esperado: AB-123-CD
tm-cochez-la-case-je-suis-un = Marque la casilla «Soy un ser humano» («Je suis un humain») para continuar.
tm-envoyer-ma-demande = Enviar mi solicitud
tm-les-residents-des-secteurs-de = Los residentes de las zonas de estacionamiento de pago pueden solicitar una tarjeta que les da acceso a la tarifa de residente. Prepare un justificante de domicilio de menos de 3 meses y el permiso de circulación del vehículo.
tm-demande-de-carte-de-stationnement = Solicitud de tarjeta de estacionamiento para residentes

## fixture: captcha/image-generic.html

tm-reference-du-dossier = Referencia del expediente
tm-recopiez-les-caracteres-affiches = Copie los caracteres que aparecen
tm-code-de-securite = Código de seguridad
tm-exemple-pc-034172-24-m0123 = Ejemplo: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 caracteres, cifras y letras mayúsculas
tm-generer-un-nouveau-code = Generar un nuevo código
tm-envoyer-la-demande = Enviar la solicitud
tm-vous-pouvez-demander-la-copie-dun = Puede solicitar la copia de una licencia de obras o de una declaración previa concedidas en el municipio. Los documentos se envían por vía electrónica.
tm-demande-de-copie-de-documents-durbanisme = Solicitud de copia de documentos urbanísticos

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = Cada página reproduce, sin conexión, el marcado de un tipo de CAPTCHA que se encuentra en los portales públicos, para probar la detección de Relais (que nunca resuelve ni elude un CAPTCHA). No se contacta con ningún servicio externo: los scripts, marcos, imágenes y sonidos son archivos locales (carpeta vendor/).
tm-pages-de-test-widgets-captcha = Páginas de prueba: widgets CAPTCHA

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = Confirmar la cita
tm-choisissez-un-creneau-pour-deposer-votre = Elija un horario para presentar su solicitud. El control de seguridad aparece una vez cargada la página.
tm-prise-de-rendez-vous-carte-nationale = Pedir cita — Documento nacional de identidad y pasaporte
tm-chargement-de-la-verification-de = Cargando la verificación de seguridad…
tm-confirmation-du-creneau = Confirmación del horario
tm-cochez-la-case-pour-confirmer-que = Marque la casilla para confirmar que es una persona.

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = Pregunta de seguridad: ¿cuánto es 3 + 4?
tm-repondez-en-chiffres-cette-question = Responda con cifras. Esta pregunta sirve para comprobar que no es un robot.
tm-sinscrire = Inscribirse
tm-recevez-chaque-mois-lactualite-du = Reciba cada mes las noticias del Departamento: ayudas, carreteras, institutos (collèges), solidaridad. Podrá darse de baja en cualquier momento.
tm-inscription-a-la-lettre-dinformation = Suscripción al boletín informativo

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = Motivo de la cita
tm-cochez-la-case-je-ne-suis = Marque la casilla «No soy un robot» («Je ne suis pas un robot»). Puede aparecer una prueba con imágenes; ofrece una versión de audio.
tm-demander-un-rendez-vous = Solicitar una cita
tm-selectionner-un-motif = Seleccionar un motivo
tm-premiere-demande = Primera solicitud
tm-renouvellement = Renovación
tm-duplicata = Duplicado
tm-ce-formulaire-vous-permet-de-demander = Este formulario le permite solicitar una cita en la ventanilla de extranjeros de la prefectura del Ródano (Lyon). Se le enviará una confirmación por correo electrónico.
tm-prise-de-rendez-vous-depot-de = Pedir cita — Presentación de la solicitud de permiso de residencia

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = Tipo de documento
tm-copie-integrale = Copia íntegra
tm-extrait-avec-filiation = Extracto con filiación
tm-extrait-sans-filiation = Extracto sin filiación
tm-demandez-en-ligne-une-copie-integrale = Solicite en línea una copia íntegra o un extracto de acta de nacimiento para un nacimiento ocurrido en Lyon. El acta se envía por correo postal en un plazo de 8 días.
tm-ce-site-est-protege-par-recaptcha = Este sitio está protegido por reCAPTCHA; se aplican la política de privacidad y las condiciones de uso de Google.
tm-demande-dacte-de-naissance = Solicitud de partida de nacimiento

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = Esta es una página de prueba: la solicitud no se ha enviado a ningún servicio.
tm-votre-demande-a-bien-ete-envoyee = Su solicitud se ha enviado
tm-donnees-recues = Datos recibidos
tm-aucune-donnee-recue = No se ha recibido ningún dato.
tm-retour-a-la-liste-des-pages = Volver a la lista de páginas de prueba

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = Dirección del problema
tm-description = Descripción
tm-envoyer-le-signalement = Enviar el aviso
tm-nid-de-poule-eclairage-en-panne = Bache, alumbrado averiado, vertido ilegal: avise a los servicios municipales. Se le informará por correo electrónico del tratamiento de su aviso.
tm-signaler-un-probleme-sur-lespace-public = Informar de un problema en la vía pública

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = Compruebe que es un ser humano
tm-operation-reussie = ✔¡Operación realizada con éxito!
tm-saisissez-ce-que-vous-entendez = Escriba lo que oye
tm-lecture = REPRODUCIR
tm-veuillez-cliquer-sur-chaque-image = Haga clic en cada imagen que contenga un autobús
tm-vous-etes-valide = Verificación superada
tm-le-service-recaptcha-requiert-une = El servicio reCAPTCHA requiere una verificación.

## fixture: portals/ameli-compte

tm-numero-de-securite-sociale = Número de la seguridad social
tm-jour = Día
tm-mois = Mes
tm-numero-de-telephone-portable = Número de teléfono móvil
tm-13-chiffres-cle-de-2-chiffres = 13 cifras + clave de 2 cifras; figura en su tarjeta Vitale
tm-telle-quelle-figure-sur-votre-carte = Tal como figura en su tarjeta Vitale
tm-exemple-14 = Ejemplo: 14
tm-exemple-07 = Ejemplo: 07
tm-exemple-1988 = Ejemplo: 1988
tm-format-attendu-5-chiffres = Formato esperado: 5 cifras
tm-format-attendu-06-12-34-56 = Formato esperado: 06 12 34 56 78
tm-le-numero-de-securite-sociale-saisi = El número de la seguridad social introducido no es válido.
tm-votre-compte-ameli-vous-permet-de = Su cuenta ameli le permite seguir sus reembolsos, descargar un certificado de derechos y contactar con su caja del seguro de enfermedad.
tm-creer-mon-compte-ameli = Crear mi cuenta ameli
tm-formulaire-recu = Formulario recibido

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = Iniciar sesión con mi identificador
tm-votre-identifiant-est-votre-numero = Su identificador es su número de extranjero (10 cifras) o su dirección de correo electrónico
tm-sidentifier-avec-franceconnect = Identificarse con FranceConnect
tm-creer-mon-compte = Crear mi cuenta
tm-la-creation-dun-compte-est-necessaire = Es necesario crear una cuenta para presentar una solicitud de permiso de residencia, de naturalización o de documento de viaje.
tm-votre-numero-etranger-comporte-10 = Su número de extranjero tiene 10 cifras. Figura en su permiso de residencia, en su resguardo de solicitud de permiso de residencia (récépissé) o en su autorización provisional de residencia.
tm-si-vous-navez-jamais-eu-de = Si nunca ha tenido un permiso de residencia en Francia, use su dirección de correo electrónico.
tm-connexion-a-mon-espace-personnel = Acceso a mi área personal
tm-vous-navez-pas-encore-de-compte = ¿Todavía no tiene cuenta?
tm-ou-trouver-mon-numero-etranger = ¿Dónde encuentro mi número de extranjero?

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = Su solicitud de que le llamen al 06 12 34 56 78 no se ha podido tener en cuenta. Le responderemos en la dirección marie.kowalczyk@example.fr (número de beneficiario 1234567).
tm-demande-de-rappel = Solicitud de llamada
tm-retour-a-mon-compte = Volver a «Mi cuenta» («Mon Compte»)

## fixture: portals/caf-declaration

tm-numero-allocataire = Número de beneficiario de la CAF
tm-celibataire = Soltero(a)
tm-marie-e = Casado(a)
tm-pacse-e = Con PACS (pareja de hecho registrada)
tm-en-concubinage = En convivencia de pareja (sin casarse)
tm-divorce-e = Divorciado(a)
tm-veuf-veuve = Viudo/viuda
tm-salaires-percus-en-euros = Salarios percibidos (en euros)
tm-indemnites-journalieres = Subsidio diario (indemnités journalières)
tm-allocation-chomage-are = Prestación por desempleo (ARE)
tm-pensions-alimentaires-recues = Pensiones de alimentos recibidas
tm-votre-situation-professionnelle = Su situación profesional
tm-ajouter-une-piece-justificative = Añadir un documento justificativo
tm-situation-familiale = Situación familiar
tm-autres-ressources-en-euros = Otros ingresos (en euros)
tm-7-chiffres-il-est-sur-vos = 7 cifras; figura en sus cartas de la CAF
tm-mois-1-janvier = Mes 1: enero
tm-mois-2-fevrier = Mes 2: febrero
tm-mois-3-mars = Mes 3: marzo
tm-taille-maximale-5-mo-formats-supportes = Tamaño máximo: 5 MB. Formatos admitidos: jpg, png, pdf.
tm-valider-ma-declaration = Validar mi declaración
tm-selectionner-une-option = Seleccionar una opción
tm-salarie = Asalariado
tm-demandeur-d-emploi = Demandante de empleo
tm-etudiant = Estudiante
tm-sans-activite = Sin actividad
tm-ex-1-250 = Ej.: 1 250
tm-declarez-les-ressources-percues-par = Declare los ingresos percibidos por su hogar durante los tres últimos meses. Esta declaración es obligatoria para seguir percibiendo el RSA, la prime d’activité o el subsidio para adultos con discapacidad.
tm-salaires-indiquez-le-montant-net-avant = Salarios: indique el importe neto antes de la retención en la fuente de cada mes del trimestre, o 0 si no ha percibido nada.
tm-declaration-trimestrielle-de-ressources = Declaración trimestral de ingresos
tm-vos-ressources = Sus ingresos
tm-etape-suivante-verification-et-envoi = Paso siguiente: Comprobación y envío

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = Cada página es una imitación simplificada, escrita para las pruebas; ninguna es una copia de un portal real.
tm-pages-de-test-imitant-des-portails = Páginas de prueba que imitan portales administrativos franceses

## fixture: portals/mots-cles

tm-nom-de-famille = Apellidos
tm-prenom-s = Nombre(s)
tm-date-dexpiration-de-votre-titre-de = Fecha de caducidad de su permiso de residencia
tm-n-de-recepisse = N.º de resguardo (récépissé)
tm-courriel = Correo electrónico
tm-remplissez-ce-formulaire-pour-connaitre = Rellene este formulario para conocer el estado de tramitación de su solicitud. Recibirá una respuesta por correo electrónico en un plazo de 15 días hábiles.
tm-demande-de-renseignements-sur-un-dossier = Solicitud de información sobre un expediente de permiso de residencia
tm-precisions-sur-votre-demande-zone-de = Detalles de su solicitud (campo de texto libre):

## fixture: portals/prefecture-rdv

tm-il-n-existe-plus-de-plage = Ya no queda ninguna franja horaria libre para su solicitud de cita. Vuelva a intentarlo más tarde.
tm-veuillez-cocher-la-case-pour-accepter = Marque la casilla para aceptar las condiciones de uso antes de continuar con la solicitud de cita
tm-choisissez-votre-guichet = Elija su ventanilla
tm-effectuer-une-demande-de-rendez-vous = Hacer una solicitud de cita
tm-selectionner-un-guichet = Seleccionar una ventanilla
tm-guichet-1-titre-de-sejour = Ventanilla 1 - Permiso de residencia
tm-guichet-2-naturalisation = Ventanilla 2 - Naturalización
tm-guichet-3-document-de-circulation-pour = Ventanilla 3 - Documento de circulación para extranjero menor
tm-guichet-4-duplicata-et-changement = Ventanilla 4 - Duplicado y cambio de dirección
tm-ce-module-vous-permet-de-reserver = Este módulo le permite reservar una cita para recoger su permiso de residencia, solo si ha recibido un SMS o una carta que le informa de que está disponible en la prefectura.
tm-conformement-aux-dispositions = Conforme a la normativa vigente, su solicitud de renovación del permiso de residencia solo se estudiará si antes ha aportado todos los documentos justificativos exigidos; de lo contrario, se archivará sin más trámite y no se volverá a examinar.
tm-le-jour-du-rendez-vous-presentez = El día de la cita, preséntese con su pasaporte, su resguardo (récépissé) o su antiguo permiso de residencia, la citación y el timbre fiscal. Todo expediente incompleto será denegado.
tm-les-rendez-vous-sont-ouverts-chaque = Las citas se abren cada semana, a medida que las ventanillas tienen disponibilidad. No se da ninguna cita por teléfono.
tm-retour-a-la-prise-de-rendez = Volver a la solicitud de cita
tm-etape-1-choix-du-guichet = Paso 1: elección de la ventanilla

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = El servicio está actualmente en mantenimiento. Disculpe las molestias y vuelva a intentarlo más tarde.
tm-les-demandes-deja-deposees-ne-sont = Las solicitudes ya presentadas no se ven afectadas por esta interrupción. Si su permiso de residencia caduca durante el mantenimiento, su certificado de prórroga durante el trámite sigue siendo válido.
tm-erreur = Error { $n }

## aides-jeunes: properties

tm-quel-est-votre-code-postal = ¿Cuál es su código postal?
tm-quel-est-le-code-postal-de = ¿Cuál es el código postal del municipio de sus padres?
tm-combien-d-enfants-vous-y-compris = ¿Cuántos hijos (usted incluido) están a cargo de sus padres?
tm-lorsque-vos-parents-sont-separes-il = Si sus padres están separados, indique el número de hijos a cargo del progenitor que le tiene a cargo. Si todavía es menor de edad y está en custodia compartida, sume los hijos a cargo de los dos hogares fiscales de sus padres separados.
tm-et-combien-vous-y-compris-font = ¿Y cuántos (usted incluido) cursan estudios superiores?
tm-actuellement-beneficiez-vous-d-une = ¿Recibe actualmente una beca de bachillerato (lycée)?
tm-avez-vous-un-lien-de-parente = ¿Tiene un parentesco directo con su propietario? ¿Es un ascendiente o descendiente de usted o de su cónyuge o pareja (hijo, abuelo…)?
tm-vivez-vous-en-couple = ¿Vive en pareja?
tm-attention-cette-restriction-est = Atención, esta restricción es distinta del reconocimiento de la condición de trabajador con discapacidad.
tm-en-etude-ou-en-alternance = Estudiando o en formación en alternancia
tm-salarie-ou-salariee = Asalariado o asalariada
tm-independant-ou-independante = Autónomo o autónoma
tm-inscrit-ou-inscrite-comme-demandeur = Inscrito o inscrita como demandante de empleo
tm-retraite-ou-retraitee = Jubilado o jubilada
tm-autre = Otro
tm-lorsque-vous-etudiez-et-que-vous = Si estudia y trabaja a la vez, debe seleccionar «Estudiando o en formación en alternancia» («En étude ou en alternance»).
tm-dans-quelle-classe-etes-vous = ¿En qué curso está actualmente?
tm-cap-1ere-annee = CAP - 1.er año
tm-cap-2eme-annee = CAP - 2.º año
tm-seconde = Seconde (primer año del bachillerato francés)
tm-premiere = Première (segundo año del bachillerato francés)
tm-terminale = Terminale (último año del bachillerato francés)
tm-licence-1ere-annee = Licence (grado) - 1.er año
tm-licence-2eme-annee = Licence (grado) - 2.º año
tm-licence-3eme-annee = Licence (grado) - 3.er año
tm-master-1ere-annee = Máster - 1.er año
tm-master-2eme-annee = Máster - 2.º año
tm-doctorat-1ere-annee = Doctorado - 1.er año
tm-doctorat-2eme-annee = Doctorado - 2.º año
tm-doctorat-3eme-annee = Doctorado - 3.er año
tm-lorsque-vos-parents-sont-separes-il-2 = Si sus padres están separados, hay que tomar los ingresos del progenitor que le tiene a cargo. Si todavía es menor de edad y está en custodia compartida, sume los ingresos de los dos hogares fiscales de sus padres separados.
tm-si-vous-ne-connaissez-pas-le = Si no conoce la renta bruta global de sus padres, escriba 0 para continuar la simulación. Atención, esto podría afectar a la exactitud de los resultados de la simulación
tm-beneficiez-vous-d-une-bourse-de = ¿Recibe una beca de enseñanza superior?
tm-etes-vous-en-alternance-dans-la = ¿Está en formación en alternancia en la función pública?
tm-je-ne-sais-pas = No lo sé
tm-pas-concerne = No aplicable
tm-jamais = Nunca
tm-ponctuellement = Ocasionalmente
tm-regulierement = Regularmente
tm-de-quel-secteur-votre-formation-fait = ¿A qué sector pertenece su formación?
tm-etes-vous-heberge-chez-vos-parents = ¿Vive alojado en casa de sus padres?
tm-l-inaptitude-medicale-au-travail = La incapacidad médica para trabajar debida a una enfermedad o a un accidente puede ser parcial, total o temporal.
tm-avez-vous-obtenu-une-mention-au = ¿Obtuvo una mención en el bachillerato (baccalauréat)?
tm-francaise = Francesa
tm-europeenne = Europea
tm-non-europeenne = No europea
tm-regime-general-caf-cpam = Régimen general (CAF/CPAM)
tm-mutualite-sociale-agricole-msa = Mutualidad social agrícola (MSA)
tm-pour-les-etudiants-en-classes = Los estudiantes de clases preparatorias para las grandes escuelas deben seleccionar «En un centro de enseñanza superior» («Dans un établissement de l'enseignement supérieur»).
tm-dans-quel-type-d-etablissement-etudiez = ¿En qué tipo de centro estudia actualmente?
tm-etablissement-public = Centro público
tm-etablissement-prive-sous-contrat = Centro privado concertado (sous contrat)
tm-etablissement-prive-hors-contrat = Centro privado no concertado (hors contrat)
tm-quelle-est-votre-relation-avec-votre = ¿Cuál es su relación con su cónyuge o pareja?
tm-moins-de-50 = Menos del 50 %
tm-etes-vous = ¿Es usted…?
tm-en-apprentissage = En aprendizaje
tm-en-contrat-de-professionnalisation = Con contrato de profesionalización
tm-combien-de-mois-envisagez-vous-de = ¿Cuántos meses tiene previsto irse al extranjero en el marco de sus estudios?
tm-quel-est-le-prenom-de-votre = ¿Cuál es el nombre de su hijo o hija? Solo servirá para facilitarle el rellenado después.
tm-souhaitez-vous-connaitre-les-aides-pour = ¿Desea conocer las ayudas para comprar una bicicleta?
tm-velo-mecanique-simple = Bicicleta mecánica sencilla
tm-velo-electrique = Bicicleta eléctrica
tm-velo-cargo = Bicicleta de carga
tm-velo-cargo-electrique = Bicicleta de carga eléctrica
tm-velo-pliant = Bicicleta plegable
tm-velo-pliant-electrique = Bicicleta plegable eléctrica
tm-motorisation-d-un-velo-classique = Motorización de una bicicleta normal
tm-velo-adapte-pour-pmr = Bicicleta adaptada para personas con movilidad reducida (PMR)
tm-etes-vous-interesse-ou-interessee-par = ¿Le interesan las ayudas para formaciones del sector sanitario y social?
tm-souhaitez-vous-connaitre-les-aides-au = ¿Desea conocer las ayudas para el BAFA y el BAFD?
tm-prevoyez-vous-de-partir-a-l = ¿Tiene previsto irse al extranjero en el marco de sus estudios?
tm-prevoyez-vous-de-passer-le-permis = ¿Tiene previsto sacarse el permiso de conducir?
tm-moins-de-3-mois = Menos de 3 meses
tm-entre-3-et-6-mois = Entre 3 y 6 meses
tm-plus-de-3-mois = Más de 3 meses
tm-plus-6-mois = Más de 6 meses
tm-linterim-ou-travail-temporaire-est-un = El trabajo temporal (intérim) es un contrato de trabajo firmado con una empresa de trabajo temporal, que pone al trabajador a disposición de una empresa durante un tiempo limitado, a menudo para sustituir a una persona ausente o para atender una necesidad puntual. Si el contrato se firmó con una agencia, se trata de un empleo temporal.
tm-est-ce-une-colocation = ¿Es un piso compartido?
tm-est-ce-que-ce-logement-a = ¿Se ha rehabilitado esta vivienda?
tm-est-ce-une-chambre-une-chambre = ¿Es una habitación? Una habitación es una vivienda que solo tiene una pieza y no tiene WC.
tm-est-ce-un-logement-dans-une = ¿Es una vivienda en una residencia del CROUS?
tm-participez-vous-aux-frais-du-logement = ¿Participa en los gastos de la vivienda? Por ejemplo, en los gastos de electricidad, teléfono, etc.
tm-rencontrez-vous-des-difficultes = ¿Tiene dificultades importantes para acceder a una vivienda o para pagar los gastos de su vivienda?
tm-prevoyez-vous-de-demenager-prochainement = ¿Tiene previsto mudarse próximamente?
tm-non-j-ai-emmenage-il-y = No, me mudé hace menos de 3 meses
tm-locataire = Inquilino
tm-figurant-sur-le-bail-en-foyer = que figura en el contrato de alquiler, en un hogar colectivo o en una residencia
tm-proprietaire = Propietario
tm-ou-en-location-accession = o en alquiler con opción a compra
tm-heberge-ou-hebergee = Alojado o alojada
tm-chez-vos-parents-chez-un-particulier = en casa de sus padres, en casa de un particular o en una vivienda de función
tm-sans-domicile-stable = Sin domicilio fijo
tm-ou-domiciliation-administrative = o domiciliación administrativa
tm-etes-vous-primo-accedant-pour-cette = ¿Es usted primer comprador de esta vivienda? Un primer comprador es una persona (o un hogar) que no ha sido propietaria de su vivienda habitual en los dos años anteriores al momento de comprar su bien.
tm-quel-type-de-logement-louez-vous = ¿Qué tipo de vivienda alquila?
tm-non-meuble = Sin amueblar
tm-meuble-hotel = Amueblado / Hotel
tm-foyer = Hogar colectivo (foyer)
tm-residence-universitaire-logement-crous = Residencia universitaria, vivienda CROUS, residencia para jóvenes trabajadores, residencia social…
tm-maison-de-retraite-residence-sociale = Residencia de mayores, residencia social…
tm-mes-enfants-a-charge = Mis hijos a cargo
tm-quelle-est-la-situation-de-vos = ¿Cuál es la situación de sus padres?
tm-en-couple = En pareja
tm-separes = Separados
tm-veuf-ou-veuve = Viudo o viuda
tm-decedes = Fallecidos
tm-sans-autorite-parentale = Sin patria potestad
tm-vos-parents-habitent-ils-en-france = ¿Viven sus padres en Francia?
tm-quel-est-le-nombre-de-parts = ¿Cuál es el número de partes fiscales (parts) en el aviso de impuestos más reciente de sus padres?
tm-une-part-fiscale-est-une-unite = Una parte fiscal es una unidad que representa a las personas que forman el hogar fiscal y que sirve para calcular el impuesto sobre la renta. Para saber cuántas partes fiscales tiene, puede consultar su declaración de la renta, donde este dato suele figurar.
tm-quel-est-le-revenu-fiscal-de = ¿Cuál es la renta fiscal de referencia (RFR) en el aviso de impuestos más reciente de sus padres?
tm-si-vous-ne-connaissez-pas-le-2 = Si no conoce la RFR de sus padres, escriba 0 para continuar la simulación. Atención, esto podría afectar a la exactitud de los resultados de la simulación.

## aides-jeunes: resources.ts

tm-revenus-d-activite = Ingresos del trabajo
tm-revenus-professionnels-non-salaries = Ingresos profesionales no salariales
tm-allocations = Prestaciones
tm-indemnites = Indemnizaciones
tm-pensions-rentes = Pensiones y rentas
tm-revenus-du-patrimoine = Ingresos del patrimonio
tm-autres-revenus = Otros ingresos
tm-salaire-dont-primes-et-indemnites-de = Salario (incluidas primas e indemnizaciones de fin de contrato)
tm-entrez-le-montant-avant-la-retenue = Introduzca el importe antes de la retención en la fuente
tm-remuneration-de-stage = Remuneración de prácticas
tm-revenus-de-stage-de-formation = Ingresos por prácticas de formación profesional
tm-allocation-de-securisation = Subsidio de seguridad profesional
tm-prime-forfaitaire-mensuelle-pour-la = Prima mensual fija por reincorporación al trabajo
tm-aides-au-logement-apl-als-alf = Ayudas a la vivienda (APL, ALS, ALF)
tm-allocations-familiales = Subsidio familiar por hijos (allocations familiales)
tm-complement-familial-cf = Complemento familiar (CF)
tm-allocation-de-soutien-familial-asf = Subsidio de apoyo familiar (ASF)
tm-revenu-de-solidarite-active-rsa = Renta de solidaridad activa (RSA)
tm-prime-dactivite = Prime d’activité (complemento por trabajo)
tm-allocation-de-solidarite-aux-personnes = Subsidio de solidaridad para personas mayores (ASPA)
tm-allocation-supplementaire-dinvalidite = Subsidio complementario de invalidez (ASI)
tm-allocation-de-solidarite-specifique-ass = Subsidio específico de solidaridad (ASS)
tm-allocation-adulte-handicape-aah = Subsidio para adultos con discapacidad (AAH)
tm-complement-de-ressources-adulte = Complemento de ingresos para adultos con discapacidad
tm-contrat-engagement-jeune = Contrato de compromiso joven (contrat engagement jeune)
tm-majoration-pour-vie-autonome-mva = Complemento por vida autónoma (MVA)
tm-allocation-deducation-de-lenfant = Subsidio de educación del niño con discapacidad (AEEH)
tm-prestation-de-compensation-du-handicap = Prestación de compensación por discapacidad (PCH)
tm-prestation-daccueil-du-jeune-enfant-paje = Prestación de acogida del niño pequeño (PAJE) - Subsidio básico
tm-complement-de-libre-choix-dactivite-clca = Complemento de libre elección de actividad (CLCA)
tm-prestation-partagee-deducation-de = Prestación compartida de educación del niño (PreParE)
tm-indemnites-de-maternite-paternite = Indemnizaciones de maternidad, paternidad, adopción
tm-indemnites-maladie = Indemnizaciones por enfermedad
tm-indemnites-maladie-professionnelle = Indemnizaciones por enfermedad profesional
tm-indemnites-daccident-du-travail = Indemnizaciones por accidente de trabajo
tm-indemnites-dactivite-partielle = Indemnizaciones por actividad parcial
tm-indemnites-de-volontariat = Indemnizaciones de voluntariado
tm-dedommagement-aux-victimes-de-lamiante = Indemnización a las víctimas del amianto
tm-pension-alimentaire = Pensión de alimentos
tm-pension-alimentaire-versee = Pensión de alimentos pagada
tm-prestation-compensatoire-suite-a = Prestación compensatoria (tras una separación)
tm-retraite-y-compris-reversion-rente = Jubilación (incluida la pensión de viudedad), renta
tm-rente-s-d-education-d-orphelin = Renta(s) de educación, de orfandad…
tm-retraite-du-combattant = Pensión de excombatiente
tm-pension-dinvalidite = Pensión de invalidez
tm-bourse-de-lenseignement-superieur = Beca de enseñanza superior
tm-bourse-de-recherche = Beca de investigación
tm-bourse-du-lycee = Beca de bachillerato (lycée)
tm-gains-exceptionnels-dons-gains-aux-jeux = Ganancias excepcionales (donaciones, premios de juego, herencia)
tm-revenus-locatifs-terrains-appartements = Ingresos por alquiler (terrenos, pisos, SCI…)
tm-revenus-du-capital-interets-plus-values = Rendimientos del capital (intereses, plusvalías, dividendos…)
tm-via-une-micro-entreprise-achat-revente = Mediante una microempresa (compraventa o suministro de alojamiento)
tm-via-une-micro-entreprise-autre-activite = Mediante una microempresa (otra actividad comercial, BIC)
tm-via-une-micro-entreprise-activite = Mediante una microempresa (actividad liberal y/o intelectual (BNC))
tm-en-tant-qu-exploitant-agricole = Como agricultor (exploitant agricole)
tm-en-profession-liberale-entrepreneur = Como profesional liberal (empresario)
tm-revenus-dactivite-connus = Ingresos del trabajo conocidos
tm-autres-revenus-imposables-preretraite = Otros ingresos imponibles (prejubilación, desempleo)
tm-pensions-retraites-rentes = Pensiones, jubilaciones, rentas
tm-frais-reels-deductibles = Gastos reales deducibles
tm-revenus-fonciers-nets = Ingresos inmobiliarios netos
tm-valeur-de-vos-biens-loues = Valor de sus bienes alquilados
tm-valeur-de-vos-terrains-non-loues = Valor de sus terrenos no alquilados
tm-valeur-locative-terrains-non-loues = Valor de alquiler de los terrenos no alquilados
tm-valeur-de-vos-biens-immobiliers-non = Valor de sus bienes inmuebles no alquilados
tm-valeur-locative-immobilier-non-loue = Valor de alquiler de los inmuebles no alquilados
tm-epargne-sur-livret-a = Ahorro en libreta A (livret A)
tm-epargne-aux-revenus-non-imposables = Ahorro con rendimientos no imponibles
tm-epargne-aux-revenus-imposables = Ahorro con rendimientos imponibles

## aides-jeunes: components

tm-ex-caf-du-loiret = Ej.: CAF du Loiret
tm-id-de-la-simulation = ID de la simulación
tm-email-de-l-utilisateur = Correo electrónico del usuario

## rdv: devise

tm-votre-compte-a-ete-valide = Su cuenta ha sido confirmada.
tm-vous-allez-recevoir-les-instructions = Dentro de unos minutos recibirá las instrucciones para confirmar su cuenta.
tm-si-votre-e-mail-existe-dans = Si su dirección de correo electrónico está en nuestra base de datos, pronto recibirá un correo con las instrucciones para confirmar su cuenta.
tm-votre-compte-a-ete-supprime = ¡Su cuenta ha sido eliminada!
tm-vous-avez-une-invitation-en-attente = Tiene una invitación pendiente. Acéptela para terminar su registro.
tm-votre-connexion-est-deja-active = Ya ha iniciado sesión
tm-votre-compte-n-est-pas-encore = Su cuenta todavía no está activada.
tm-email-ou-mot-de-passe-incorrect = Correo electrónico o contraseña incorrectos.
tm-vous-avez-droit-a-une-tentative = Le queda un intento antes de que su cuenta quede bloqueada.
tm-votre-compte-est-verrouille = Su cuenta está bloqueada.
tm-email-ou-mot-de-passe-invalide = Correo electrónico o contraseña no válidos.
tm-votre-session-est-expiree-veuillez-vous = Su sesión ha caducado. Vuelva a iniciar sesión para continuar.
tm-vous-devez-vous-connecter-ou-vous = Debe iniciar sesión o registrarse para continuar.
tm-vous-devez-valider-votre-compte-pour = Debe confirmar su cuenta para continuar.
tm-votre-invitation-n-est-pas-valide = Su invitación no es válida.
tm-votre-mot-de-passe-a-ete = Su contraseña se ha guardado y su cuenta está activada.
tm-votre-mot-de-passe-a-ete-2 = Su contraseña se ha guardado.
tm-votre-invitation-a-ete-annulee = Su invitación ha sido cancelada.
tm-lutilisateur-connecte-ne-correspond-pas = El usuario que ha iniciado sesión no es el usuario invitado. Cierre la sesión y vuelva a intentarlo.
tm-la-session-a-expire = La sesión ha caducado
tm-choisir-son-mot-de-passe = Elija su contraseña
tm-enregistrer = Guardar
tm-ouvrir-l-app-mail = Abrir la aplicación Mail
tm-inscription = Registro
tm-code-dinvitation = Código de invitación
tm-creer-son-compte = Crear su cuenta
tm-veuillez-cliquer-sur-le-lien-dans = Haga clic en el enlace del correo electrónico que se le acaba de enviar
tm-vous-avez-ete-invite-sur = Ha sido invitado a { $name }
tm-bonjour = Hola, { $email }
tm-vous-avez-ete-invite-sur-vous = Ha sido invitado a { $name }. Puede aceptar esta invitación con el enlace de abajo.
tm-accepter-l-invitation = Aceptar la invitación
tm-cette-invitation-est-valable-jusqu-au = Esta invitación es válida hasta el { $date }.
tm-si-vous-n-acceptez-pas-cette = Si no acepta esta invitación, ignore este correo. No se creará ninguna cuenta sin su permiso.
tm-instructions-de-confirmation = Instrucciones de confirmación
tm-instructions-pour-changer-le-mot-de = Instrucciones para cambiar la contraseña
tm-instructions-pour-deverrouiller-le = Instrucciones para desbloquear la cuenta
tm-votre-mot-de-passe-a-ete-3 = Su contraseña se ha cambiado correctamente.
tm-nous-n-avons-pas-pu-vous = No hemos podido identificarle a través de { $kind }: «{ $reason }».
tm-authentifie-avec-succes-via = Identificado correctamente a través de { $kind }.
tm-vous-ne-pouvez-acceder-a-cette = Solo puede abrir esta página desde un correo de restablecimiento de contraseña. Si ha usado un correo de ese tipo, asegúrese de usar la URL completa.
tm-vous-allez-recevoir-les-instructions-de = Dentro de unos instantes recibirá las instrucciones para restablecer la contraseña
tm-si-votre-e-mail-existe-dans-2 = Si su dirección de correo electrónico está en nuestra base de datos, recibirá por correo un enlace para restablecer la contraseña
tm-votre-mot-de-passe-a-ete-4 = Su contraseña se ha cambiado correctamente; ya ha iniciado sesión
tm-votre-mot-de-passe-a-ete-5 = Su contraseña se ha cambiado correctamente.
tm-votre-compte-a-ete-supprime-avec = Su cuenta se ha eliminado correctamente. Esperamos volver a verle pronto.
tm-bienvenue-votre-connexion-est-active = Bienvenido/a, ha iniciado sesión.
tm-votre-compte-est-bien-enregistre-vous = Su cuenta se ha registrado. Sin embargo, no puede iniciar sesión porque su cuenta todavía no está activada.
tm-votre-compte-est-bien-enregistre-vous-2 = Su cuenta se ha registrado. Sin embargo, no puede iniciar sesión porque su cuenta está bloqueada.
tm-un-message-contenant-un-lien-de = Se ha enviado a su dirección de correo electrónico un mensaje con un enlace de confirmación. Abra ese enlace para activar su cuenta.
tm-votre-compte-a-bien-ete-mis = Su cuenta se ha actualizado, pero tenemos que verificar su nueva dirección de correo electrónico. Revise su correo y haga clic en el enlace de confirmación para terminar de validar su nueva dirección.
tm-votre-compte-a-ete-modifie-avec = Su cuenta se ha modificado correctamente.
tm-connexion-reussie = Ha iniciado sesión.
tm-deconnexion-reussie = Ha cerrado la sesión.
tm-mode-deconnecte = Modo sin sesión iniciada.
tm-vous-allez-recevoir-les-instructions-2 = Dentro de unos instantes recibirá las instrucciones para desbloquear su cuenta
tm-si-votre-compte-existe-vous-allez = Si su cuenta existe, pronto recibirá un correo con las instrucciones para desbloquearla.
tm-votre-compte-a-ete-deverrouille-avec = Su cuenta se ha desbloqueado correctamente; ya ha iniciado sesión.

## rdv: errors

tm-a-deja-ete-valide-e-veuillez = ya ha sido confirmado/a; intente iniciar sesión
tm-a-confirmer-dans-les-merci-de = debe confirmarse en un plazo de { $period }; haga una nueva solicitud
tm-a-expire-merci-d-en-faire = ha caducado; haga una nueva solicitud
tm-n-a-pas-ete-trouve-e = no se ha encontrado
tm-n-etait-pas-verrouille-e = no estaba bloqueado/a
tm-une-erreur-a-empeche-ce-tte = Un error ha impedido guardar este/a { $resource }:
tm-erreurs-ont-empeche-ce-tte-d = { $n ->
        [one] { $n } error ha impedido
       *[other] { $n } errores han impedido
    } guardar este/a { $resource }:

## rdv: links

tm-espace-usager = Espacio del usuario
tm-je-n-ai-pas-recu-le = No he recibido el correo de confirmación
tm-je-n-ai-pas-recu-le-2 = No he recibido el correo de desbloqueo

## rdv: activerecord

tm-la-validation-a-echoue = La validación ha fallado: { $errors }

## rdv: errors

tm-doit-etre-accepte-e = debe aceptarse
tm-doit-etre-rempli-e = debe rellenarse
tm-ne-concorde-pas-avec = no coincide con { $attribute }
tm-doit-etre-egal-a = debe ser igual a { $n }
tm-doit-etre-pair = debe ser un número par
tm-n-est-pas-disponible = no está disponible
tm-doit-etre-superieur-a = debe ser mayor que { $n }
tm-doit-etre-superieur-ou-egal-a = debe ser mayor o igual que { $n }
tm-n-est-pas-inclus-e-dans = no está en la lista
tm-doit-etre-inferieur-a = debe ser menor que { $n }
tm-doit-etre-inferieur-ou-egal-a = debe ser menor o igual que { $n }
tm-validation-echouee = Validación fallida: { $errors }
tm-n-est-pas-un-nombre = no es un número
tm-doit-etre-un-nombre-entier = debe ser un número entero
tm-doit-etre-impair = debe ser un número impar
tm-doit-etre-different-de = debe ser distinto de { $n }
tm-doit-etre-vide = debe estar vacío
tm-doit-exister = debe existir
tm-est-deja-utilise = ya está en uso
tm-est-trop-long-pas-plus-d = es demasiado largo (no más de un carácter)
tm-est-trop-long-pas-plus-de = es demasiado largo (no más de { $n ->
        [one] { $n } carácter
       *[other] { $n } caracteres
    })
tm-est-trop-court-au-moins-un = es demasiado corto (al menos un carácter)
tm-est-trop-court-au-moins-caracteres = es demasiado corto (al menos { $n ->
        [one] { $n } carácter
       *[other] { $n } caracteres
    })
tm-ne-fait-pas-la-bonne-longueur = no tiene la longitud correcta (debe tener un solo carácter)
tm-ne-fait-pas-la-bonne-longueur-2 = no tiene la longitud correcta (debe tener { $n ->
        [one] { $n } carácter
       *[other] { $n } caracteres
    })
tm-veuillez-verifier-les-champs-suivants = Revise los campos siguientes:
tm-impossible-d-enregistrer-ce-tte-1 = No se ha podido guardar este/a { $model }: 1 error
tm-impossible-d-enregistrer-ce-tte-erreurs = No se ha podido guardar este/a { $model }: { $n ->
        [one] { $n } error
       *[other] { $n } errores
    }

## rdv: helpers

tm-ajouter = Añadir
tm-modifier = Modificar
tm-retirer = Quitar
tm-reinitialiser = Restablecer
tm-veuillez-selectionner = Seleccione

## rdv: public_office

tm-sur-place = en persona

## rdv: visio

tm-par-visioconference = por videollamada

## rdv: phone

tm-par-telephone = por teléfono

## rdv: home

tm-a-domicile = a domicilio

## rdv: mailers

tm-a-bientot-lequipe = Hasta pronto, el equipo de { $name }

## rdv: users

tm-un-creneau-vient-de-se-liberer = ¡Acaba de quedar libre una franja horaria!
tm-rdv-confirme-le = Cita confirmada el { $date }
tm-rdv-du-modifie = Cita del { $date } modificada
tm-rappel-rdv-le = [Recordatorio] Cita el { $date }
tm-rdv-annule-le-avec = Cita del { $date } con { $name } cancelada
tm-votre-rdv-du-a-ete-annule = Su cita { $motif } del { $date } ha sido cancelada por motivos administrativos.
tm-votre-rdv-du-a-bien-ete = Su cita { $motif } del { $date } ha sido cancelada a petición suya.
tm-vous-pouvez-reprendre-un-rendez-vous = Puede pedir una nueva cita llamando al { $telephone_link }.
tm-vous-pouvez-reprendre-un-rendez-vous-2 = Puede pedir una nueva cita haciendo clic en el enlace de abajo:
tm-reprendre-rdv = Pedir otra cita

## rdv: attributes

tm-email = Correo electrónico
tm-mot-de-passe-actuel = Contraseña actual
tm-nom-de-la-commune = Nombre del municipio
tm-responsable = Responsable

## rdv: activerecord

tm-lieu = Lugar
tm-rendez-vous-honore = Cita a la que se acudió
tm-rendez-vous-a-venir = Cita próxima
tm-annule-a-linitiative-de-lusager = Cancelada por el usuario
tm-annule-a-linitiative-du-service = Cancelada por el servicio
tm-caisse-d-affiliation = Organismo de afiliación (caja)
tm-numero-d-allocataire = Número de beneficiario (allocataire)
tm-nombre-d-enfants = Número de hijos
tm-accepte-les-notifications-par-sms = Acepta las notificaciones por SMS
tm-accepte-les-notifications-par-email = Acepta las notificaciones por correo electrónico
tm-numero-de-pre-demande-ants = Número de solicitud previa ANTS
tm-sans-domicile-fixe = Sin domicilio fijo
tm-heberge = Alojado/a por otra persona
tm-en-accession-a-la-propriete = Comprando una vivienda
tm-logement = Vivienda
tm-aucune = Ninguna
tm-proche = Familiar o allegado
tm-le-prenom-ne-peut-etre-change = El nombre no se puede cambiar porque lo ha certificado FranceConnect
tm-le-nom-de-naissance-ne-peut = El apellido de nacimiento no se puede cambiar porque lo ha certificado FranceConnect
tm-la-date-de-naissance-ne-peut = La fecha de nacimiento no se puede cambiar porque la ha certificado FranceConnect
tm-ce-mot-de-passe-fait-partie = Esta contraseña está en una lista de contraseñas muy utilizadas y por eso no protege su cuenta. Elija otra.
tm-pour-assurer-la-securite-de-votre = Para proteger su cuenta, su contraseña debe tener al menos { $n ->
        [one] { $n } carácter
       *[other] { $n } caracteres
    }
tm-doit-comporter-10-chiffres-et-lettres = debe tener 10 cifras y letras
tm-n-a-pas-pu-etre-valide = no se ha podido validar por un error inesperado. Vuelva a intentarlo dentro de 30 segundos.
tm-ce-numero-de-pre-demande-ants = Este número de solicitud previa ANTS ya se usa para una cita en { $meeting_point }. Cancele esa cita antes de pedir otra.

## rdv: simple_form

tm-saisissez-un-numero-a-10-chiffres = Escriba un número de 10 cifras de Francia metropolitana o de ultramar, o bien un número internacional con el prefijo del país.
tm-pour-accelerer-votre-demarche-nous-vous = Para agilizar su trámite, le recomendamos encarecidamente que rellene antes su solicitud en el sitio web de la ANTS e indique su número de solicitud previa.

## rdv: pundit

tm-vous-navez-pas-les-droits-suffisants = No tiene permisos suficientes para abrir esta página o realizar esta acción

## rdv: rdvs

tm-le-duree-minutes = El { $date } (duración: { $duration ->
        [one] { $duration } minuto
       *[other] { $duration } minutos
    })
tm-aujourdhui-a-duree-minutes = Hoy a las { $date } (duración: { $duration ->
        [one] { $duration } minuto
       *[other] { $duration } minutos
    })
tm-1-place-restante = Queda 1 plaza
tm-places-restantes = { $n ->
        [one] Queda { $n } plaza
       *[other] Quedan { $n } plazas
    }
tm-1-place = 1 plaza
tm-places = { $n ->
        [one] { $n } plaza
       *[other] { $n } plazas
    }

## rdv: simple_form

tm-merci-de-corriger-les-problemes-suivants = Corrija los problemas siguientes:

## rdv: users

tm-les-champs-d-etat-civil-nom = Los datos de estado civil (apellido de nacimiento, nombres, fecha y lugar de nacimiento) ya no se pueden modificar tras la conexión certificada por FranceConnect
tm-les-3-lettres-ne-correspondent-pas = Las 3 letras no coinciden con el apellido.

## rdv: search

tm-1-lieu-est-disponible = Hay 1 lugar disponible
tm-lieux-sont-disponibles = { $n ->
        [one] Hay { $n } lugar disponible
       *[other] Hay { $n } lugares disponibles
    }
tm-selectionnez-un-lieu-de-rdv = Seleccione un lugar para la cita:
tm-prochaine-disponibilite-le = Próxima disponibilidad el

## rdv: lieux

tm-vous-ne-semblez-pas-beneficier-dun = Parece que usted no recibe acompañamiento ni seguimiento; elija otro motivo o llame a su departamento al { $phone_number }.

## rdv: common

tm-votre-adresse = Su dirección
tm-votre-service = Su servicio
tm-ex-21-rue-anatole-france-calais = ej.: 21 rue Anatole France, Calais
tm-modifier-l-adresse = Cambiar la dirección
tm-choisissez-un-service = Elija un servicio
tm-choisir-ce-service = Elegir este servicio
tm-le-service-que-vous-cherchez-n = ¿El servicio que busca no está en la lista?
tm-modifier-le-service = Cambiar el servicio
tm-choisissez-un-motif = Elija un motivo
tm-choisir-ce-motif = Elegir este motivo

## rdv: users

tm-entrez-les-3-premieres-lettres-de = Escriba las 3 primeras letras de su apellido
tm-sophie-dupont-dup = Sophie Dupont: DUP
tm-jean-de-la-fontaine-del = Jean De La Fontaine: DEL
tm-edwige-xi-xi = Edwige Xi: XI
tm-identification = Identificación
tm-choix-de-l-usager = Elección del usuario
tm-votre-rendez-vous-a-ete-confirme = Su cita ha sido confirmada.
tm-ce-creneau-nest-plus-disponible-veuillez = Esta franja horaria ya no está disponible. Seleccione otra.
tm-vous-allez-modifier-votre-rdv-qui = Va a modificar su cita { $motif_name_and_service }, que tiene lugar el { $date }
tm-mes-informations = Mis datos
tm-mes-proches = Mis familiares y allegados
tm-aucun-proche = Ningún familiar o allegado
tm-ajouter-un-proche = Añadir un familiar o allegado

## mdph: server

tm-identites = Identidades
tm-individus-et-organismes-concernes-par-la = Personas y organismos a los que se refiere la solicitud
tm-situations-particulieres = Situaciones especiales
tm-etes-vous-dans-l-une-des = ¿Se encuentra usted en alguna de las siguientes situaciones?
tm-vous-n-arrivez-plus-a-vivre = Ya no puede vivir en su casa
tm-expliquez-la-difficulte = Explique la dificultad
tm-votre-ecole-ne-peut-plus-vous = Su escuela ya no puede acogerle
tm-votre-etablissement-ne-peut-plus-vous = Su centro ya no puede acogerle y usted no puede volver a su casa
tm-vous-risquez-de-perdre-votre-travail = Corre el riesgo de perder su trabajo
tm-vous-sortez-d-hospitalisation-et-vous = Sale del hospital y no puede volver a su casa
tm-vous-commencez-bientot-une-nouvelle = Pronto empieza una nueva formación
tm-precisez = Especifique
tm-date-d-entree-prevue = Fecha de inicio prevista
tm-vous-venez-de-trouver-un-emploi = Acaba de encontrar un empleo
tm-vous-arrivez-dans-moins-de-2 = Sus derechos terminan en menos de 2 meses (ej.: AEEH, AAH, PCH, RQTH, etc.)
tm-indiquez-le-s-droit-s-concerne = Indique el derecho o los derechos correspondientes y la fecha o las fechas de vencimiento
tm-vie-quotidienne = Vida diaria
tm-situation = Situación
tm-besoins = Necesidades
tm-attentes = Expectativas
tm-vous-vivez = Usted vive
tm-seule = Solo/a
tm-avec-vos-parents-ou-l-un = Con sus padres (o con uno de ellos)
tm-avec-vos-enfants-ou-l-un = Con sus hijos (o con uno de ellos)
tm-autre-situation = Otra situación
tm-ou-vivez-vous = ¿Dónde vive?
tm-vous-avez-un-logement-independant = Tiene una vivienda propia independiente
tm-vous-vivez-dans-un-etablissement-medico = Vive en un centro médico-social o sanitario
tm-precisez-le-nom-le-type-et = Indique el nombre, el tipo y el lugar
tm-vous-etes-hebergee-au-domicile = Vive alojado/a en casa de otra persona
tm-vous-avez-deja-eu = Ya ha tenido:
tm-un-accident-cause-par-un-tiers = Un accidente causado por otra persona
tm-un-accident-du-travail = Un accidente de trabajo
tm-un-autre-accident = Otro accidente
tm-suite-a-cet-accident-y-a = Tras este accidente, ¿hay una reclamación de indemnización en curso o ya resuelta?
tm-aupres-de-quel-organisme = ¿Ante qué organismo?
tm-vous-recevez = Usted recibe:
tm-une-aide-financiere-et-des-ressources = Ayuda económica e ingresos
tm-une-aide-technique-materielle-ou-de = Ayuda técnica, material o equipamiento
tm-une-aide-a-la-personne-avec = Ayuda personal: alguien le ayuda
tm-vous-recevez-les-aides-ressources-et = Recibe las siguientes ayudas, ingresos y/o prestaciones:
tm-allocation-chomage-versee-par-pole = Prestación por desempleo pagada por Pôle Emploi
tm-dans-les-12-mois-precedant-votre = En los 12 meses anteriores a su solicitud, ¿ha cobrado:
tm-un-revenu-d-activite = Ingresos por trabajo
tm-des-indemnites-journalieres = Subsidios diarios (baja por enfermedad)
tm-un-revenu-issu-d-une-activite = Ingresos por trabajo en un ESAT
tm-vous-percevez-une-ou-plusieurs-des = Cobra una o varias de las siguientes ayudas:
tm-une-pension-d-invalidite = Una pensión de invalidez
tm-une-autre-pension-de-ce-type = Otra pensión de este tipo
tm-pension-des-deux-tiers-d-incapacite = Pensión de los dos tercios, de incapacidad, etc.
tm-une-majoration-tierce-personne = Una Majoration Tierce Personne (complemento por ayuda de tercera persona)
tm-une-allocation-supplementaire-d = Una Allocation Supplémentaire d'Invalidité (prestación suplementaria de invalidez)
tm-une-rente-d-accident-ou-de = Una renta por accidente de trabajo o enfermedad profesional
tm-une-prestation-complementaire-de-recours = Una Prestation Complémentaire de Recours à Tierce Personne (prestación complementaria por ayuda de tercera persona)
tm-une-retraite-pour-inaptitude-dans-la = Una jubilación por incapacidad en la función pública o anticipada
tm-depuis-le-2 = ¿Desde qué fecha?
tm-connaissez-vous-votre-taux-d-ipp = ¿Conoce su porcentaje de IPP (Incapacité Permanente Partielle, incapacidad permanente parcial)?
tm-renseignez-ici-le-taux-qui-vous = Indique aquí el porcentaje que le asignó el seguro de enfermedad (CPAM)
tm-taux-d-ipp-en = Porcentaje de IPP, en %
tm-vous-avez-indique-recevoir-une-aide = Ha indicado que recibe ayuda técnica, material o equipamiento; esta ayuda consiste en:
tm-un-amenagement-de-logement = Una adaptación de la vivienda
tm-une-aide-animaliere = Un animal de asistencia
tm-un-amenagement-de-vehicule = Una adaptación del vehículo
tm-une-aide-technique-ex-barre-d = Una ayuda técnica (ej.: barra de apoyo, andador, etc.)
tm-vous-avez-indique-recevoir-une-aide-2 = Ha indicado que recibe ayuda personal; le ayuda:
tm-votre-famille = Su familia
tm-un-professionnel-de-soins-a-domicile = Un profesional de cuidados a domicilio
tm-un-accompagnement-medico-social = Un acompañamiento médico-social
tm-etes-vous-a-la-retraite = ¿Está jubilado/a?
tm-depuis-quand = ¿Desde cuándo?
tm-l-aspa-allocation-de-solidarite-pour = La ASPA (Allocation de Solidarité pour les Personnes Agées, prestación de solidaridad para personas mayores)
tm-l-apa-allocation-personnalisee-d = La APA (Allocation Personnalisée d'Autonomie, prestación personalizada de autonomía)
tm-vous-avez-demande-une-pension-de = Ha solicitado una pensión de jubilación
tm-du-fait-de-votre-handicap = Debido a su discapacidad:
tm-vous-exercez-une-activite = Trabaja a tiempo parcial
tm-precisez-la-quotite-en-pourcentage = Indique la proporción de jornada en porcentaje
tm-vous-avez-du-renoncer-a-votre = Ha tenido que dejar su empleo
tm-du-fait-de-votre-handicap-recourez = Debido a su discapacidad, ¿paga a alguien para que le ayude?
tm-frais-lies-au-handicap-et-restant = Gastos relacionados con la discapacidad que quedan a su cargo
tm-indiquez-les-frais-non-rembourses-ou = Indique los gastos que no le reembolsa, o solo en parte, su seguro de enfermedad o su seguro complementario (mutuelle). Indique en particular si paga a alguien para que le ayude debido a su discapacidad.
tm-vous-avez-besoin-d-aide-dans = Necesita ayuda en su vida diaria:
tm-pour-regler-les-depenses-courantes-loyer = Para pagar los gastos corrientes (alquiler, energía, ropa, alimentación, etc.)
tm-pour-gerer-votre-budget-et-repondre = Para gestionar su presupuesto y cumplir sus obligaciones (trámites administrativos, seguros, impuestos, etc.)
tm-pour-l-hygiene-corporelle-se-laver = Para la higiene personal (lavarse, ir al baño)
tm-pour-vous-habiller-mettre-et-oter = Para vestirse (ponerse y quitarse la ropa, elegirla, etc.)
tm-pour-faire-les-courses = Para hacer la compra
tm-pour-preparer-les-repas = Para preparar las comidas
tm-pour-prendre-les-repas = Para comer
tm-pour-faire-le-menage-et-l = Para limpiar la casa y cuidar la ropa
tm-pour-prendre-soin-de-votre-sante = Para cuidar su salud (seguir un tratamiento, ir a consultas, etc.)
tm-autre-besoin = Otra necesidad
tm-vous-avez-besoin-d-aide-pour = Necesita ayuda para desplazarse:
tm-pour-se-deplacer-dans-le-domicile = Para moverse dentro de casa
tm-pour-sortir-du-domicile-ou-y = Para salir de casa o entrar en ella
tm-pour-se-deplacer-a-l-exterieur = Para desplazarse fuera de casa
tm-pour-utiliser-un-vehicule = Para usar un vehículo
tm-pour-utiliser-les-transports-en-commun = Para usar el transporte público
tm-pour-partir-en-vacances = Para irse de vacaciones
tm-utilisez-vous-les-transports-adaptes = ¿Usa el transporte adaptado que se ofrece en su zona para desplazarse?
tm-vous-avez-besoin-d-aide-pour-2 = Necesita ayuda en su vida social:
tm-pour-communiquer-s-exprimer-se-faire = Para comunicarse (expresarse, hacerse entender)
tm-pour-avoir-des-activites-sportives-et = Para hacer deporte y actividades de ocio
tm-pour-les-relations-avec-les-autres = Para relacionarse con los demás
tm-pour-vous-occuper-de-votre-famille = Para ocuparse de su familia
tm-pour-vous-accompagner-dans-votre-vie = Para acompañarle en su vida como ciudadano (ej.: ir a votar, vida asociativa, etc.)
tm-pour-assurer-votre-securite = Para garantizar su seguridad
tm-quelles-sont-vos-attentes-pour-compenser = ¿Qué espera para compensar su discapacidad?
tm-vivre-a-domicile = Vivir en casa
tm-un-amenagement-de-votre-lieu-de = Una adaptación del lugar donde vive
tm-realiser-un-bilan-des-capacites-dans = Una evaluación de sus capacidades en la vida diaria
tm-une-aide-financiere-afin-d-assurer = una ayuda económica para tener unos ingresos mínimos
tm-une-aide-pour-se-deplacer = Una ayuda para desplazarse
tm-un-accompagnement-pour-l-adptation = Un acompañamiento para la adaptación / readaptación a la vida diaria
tm-une-aide-humaine-quelqu-un-qui = Una ayuda humana: alguien que le ayude
tm-vivre-en-etablissement = Vivir en un centro
tm-du-materiel-ou-equipement = Material o equipamiento
tm-une-aide-financiere-pour-des-depenses = Una ayuda económica para gastos relacionados con la discapacidad
tm-un-accueil-temporaire = Un alojamiento temporal
tm-autre-attente = Otra expectativa
tm-avez-vous-deja-identifie-une-ou = ¿Ha encontrado ya uno o varios centros o servicios que podrían responder a sus expectativas?
tm-avez-vous-d-autres-renseignements = ¿Tiene otros datos (situación, expectativas, proyectos) sobre su vida diaria?
tm-vie-scolaire-ou-etudiante = Vida escolar o estudiantil
tm-etes-vous-actuellement-scolarise = ¿Está escolarizado/a actualmente?
tm-pourquoi-n-etes-vous-pas-scolarise = ¿Por qué no está escolarizado/a?
tm-vous-etes-trop-jeune = Es demasiado pequeño/a
tm-a-partir-de-quand-serez-vous = ¿A partir de cuándo estará escolarizado/a?
tm-vous-etes-sans-solution-d-accueil = No tiene plaza en un centro escolar, universitario o médico-social
tm-vous-etes-actuellement-scolarise = Está escolarizado/a actualmente
tm-en-milieu-ordinaire = En un centro ordinario
tm-avec-accompagnement-par-un-service-de = Con acompañamiento de un servicio de salud o de un centro médico-social
tm-en-temps-partage-entre-letablissement = Con el tiempo repartido entre el centro médico-social y el centro ordinario o la casa
tm-en-temps-partage-entre-le-service = Con el tiempo repartido entre el servicio de salud y el centro ordinario
tm-en-formation-superieure-ou-en = En estudios superiores o en aprendizaje
tm-etes-vous-place-en-internat = ¿Está en régimen de internado?
tm-ses-frais-de-sejour-sont-ils = ¿Los gastos de estancia los paga íntegramente el seguro de enfermedad, el Estado o la ayuda social?
tm-dans-quel-s-etablissement-s = ¿En qué centro o centros?
tm-quel-type-d-etudes-suivez-vous = ¿Qué tipo de estudios sigue?
tm-quel-s-diplome-s-avez-vous = ¿Qué título o títulos ha obtenido?
tm-quel-s-diplome-s-preparez-vous = ¿Qué título o títulos prepara?
tm-decrivez-votre-parcours-d-etudiant-ou = Describa su trayectoria como estudiante o aprendiz
tm-annee-etablissement = Año, centro
tm-vous-disposez-actuellement-d = Actualmente cuenta con acompañamiento y cuidados
tm-soins-hospitaliers = Atención hospitalaria
tm-soins-en-liberal = Atención de profesionales independientes
tm-vous-disposez-actuellement-d-adaptations = Actualmente cuenta con adaptaciones de las condiciones materiales
tm-amenagement-et-adaptations-pedagogiques = Adaptaciones pedagógicas
tm-outils-de-communication = Herramientas de comunicación
tm-materiel-informatique-et-audiovisuel = Material informático y audiovisual
tm-materiel-deficience-auditive = Material para discapacidad auditiva
tm-materiel-deficience-visuelle = Material para discapacidad visual
tm-mobilier-et-petits-materiels = Mobiliario y pequeño material
tm-transport = Transporte
tm-vous-disposez-actuellement-d-une-aide = Actualmente cuenta con un asistente para alumnos con discapacidad
tm-precisez-laquelle = Especifique cuál
tm-decrivez-votre-emploi-du-temps-ecole = Describa su horario (escuela, comedor, cuidados, etc.)
tm-vous-avez-des-besoins-en-lien = Tiene necesidades relacionadas con la escolaridad:
tm-pour-lire = Para leer
tm-pour-ecrire-prendre-des-notes = Para escribir, tomar apuntes
tm-pour-calculer = Para hacer cálculos
tm-pour-comprendre-suivre-les-consignes = Para entender y seguir las instrucciones
tm-pour-organiser-controler-son-travail = Para organizar y revisar su trabajo
tm-pour-l-utilisation-du-materiel = Para usar el material
tm-vous-avez-des-besoins-pour-communiquer = Tiene necesidades para comunicarse:
tm-pour-assurer-sa-securite = Para garantizar su seguridad
tm-vous-avez-des-besoins-pour-l = Tiene necesidades de cuidado personal:
tm-pour-l-hygiene-corporelle-aller-aux = Para la higiene personal (ir al baño)
tm-pour-s-habiller-mettre-et-oter = Para vestirse (ponerse y quitarse la ropa)
tm-pour-les-repas-manger-et-boire = Para las comidas (comer y beber)
tm-pour-prendre-soin-de-sa-sante = Para cuidar su salud
tm-vous-avez-besoin-d-aide-pour-3 = Necesita ayuda para los desplazamientos:
tm-pour-se-deplacer-a-l-interieur = Para moverse dentro del edificio
tm-pour-se-deplacer-a-l-exterieur-2 = Para desplazarse fuera del edificio
tm-vous-souhaitez = Usted desea:
tm-une-adaptation-de-la-scolarite = Una adaptación de la escolaridad
tm-une-orientation-scolaire-differente = Una orientación escolar diferente
tm-une-aide-humaine = Una ayuda humana
tm-une-aide-materielle = Una ayuda material
tm-un-accompagnement-pour-une-readaptation = Un acompañamiento para una readaptación/rehabilitación
tm-une-prise-en-charge-par-un = Una atención en un centro sin alojamiento
tm-une-prise-en-charge-par-un-2 = Una atención en un centro con alojamiento
tm-avez-vous-deja-identifie-un = ¿Ha encontrado ya un centro escolar, universitario o médico-social que podría responder a sus expectativas?
tm-avez-vous-pu-prendre-contact-avec = ¿Ha podido contactar con su profesor de referencia (enseignant référent)?
tm-pourquoi = ¿Por qué?
tm-vous-avez-d-autres-renseignements = Si tiene otros datos importantes (situación, expectativas, proyectos) sobre su vida escolar, de estudiante o de aprendiz, indíquelos aquí:
tm-vie-au-travail = Vida laboral
tm-situation-professionnelle = Situación laboral
tm-parcours-professionnel = Trayectoria profesional
tm-projet-professionnel = Proyecto profesional
tm-avez-vous-actuellement-un-emploi = ¿Tiene empleo actualmente?
tm-avez-vous-deja-travaille = ¿Ha trabajado alguna vez?
tm-pourquoi-etes-vous-actuellement-sans = ¿Por qué está actualmente sin empleo y desde cuándo?
tm-pouvez-vous-indiquer-pourquoi-vous-etes = ¿Puede indicar por qué está actualmente sin empleo?
tm-etes-vous-dans-une-des-situations = ¿Se encuentra en alguna de las siguientes situaciones?
tm-inscrit-a-pole-emploi = Inscrito/a en Pôle emploi
tm-en-formation-continue = En formación continua
tm-votre-accompagnement-vers-l-emploi-est = Su acompañamiento hacia el empleo lo realiza:
tm-mission-locale = Mission locale (centro local de empleo para jóvenes)
tm-cap-emploi = Cap emploi
tm-pole-emploi = Pôle emploi
tm-un-referent-rsa-designe-par-le = Un referente RSA designado por el Conseil Général (consejo del departamento)
tm-vous-avez-un-emploi = Tiene un empleo:
tm-en-entreprise-adaptee = En una empresa adaptada (entreprise adaptée)
tm-en-milieu-protege-etablissements-et = En un entorno protegido (Etablissements et services d’aide par le travail - ESAT)
tm-quel-est-votre-type-d-emploi = ¿Qué tipo de empleo tiene?
tm-interim = Trabajo temporal (ETT)
tm-contrat-aide = Contrato subvencionado
tm-travailleur-independant = Trabajador/a autónomo/a
tm-regime = Régimen:
tm-stagiaire-professionnel = Persona en prácticas
tm-est-ce-un-stage-remunere = ¿Son prácticas remuneradas?
tm-au-sein-de-quel-organisme-effectuez = ¿En qué organismo hace sus prácticas?
tm-nom-de-l-organisme = Nombre del organismo
tm-qui-est-votre-employeur = ¿Quién es su empleador?
tm-quel-est-le-nom-de-votre = ¿Cómo se llama su puesto?
tm-nom-du-poste = Nombre del puesto
tm-votre-emploi-est-il-a-temps = ¿Su empleo es a tiempo completo o parcial?
tm-temps-complet = Tiempo completo
tm-temps-partiel = Tiempo parcial
tm-votre-emploi-est-il-adapte-a = ¿Su empleo está adaptado a su discapacidad?
tm-quelles-sont-les-difficultes-liees-a = ¿Qué dificultades tiene relacionadas con su discapacidad?
tm-accompagnement-pour-conserver-votre = Acompañamiento para conservar su empleo:
tm-par-la-medecine-du-travail = Por el servicio de medicina del trabajo
tm-par-le-service-d-appui-au = Por el servicio de apoyo al mantenimiento del empleo de los trabajadores con discapacidad (SAMETH)
tm-des-amenagements-ont-ete-realises-sur = Se han hecho adaptaciones en su puesto de trabajo:
tm-etes-vous-actuellement-en-arret-de = ¿Está actualmente de baja laboral?
tm-vous-etes-actuellement-en-arret-de = Actualmente está de baja:
tm-arret-maladie-avec-indemnites = Baja por enfermedad con subsidios diarios
tm-arret-maladie-sans-indemnites = Baja por enfermedad sin subsidios diarios
tm-vous-etes-en-arret-suite-a = Está de baja por un accidente de trabajo o una enfermedad profesional
tm-conge-maternite-conge-d-adoption-autre = Permiso de maternidad/permiso de adopción/otro
tm-avez-vous-rencontre-un-professionnel-du = ¿Se ha reunido con un profesional del servicio social de su caja de jubilación?
tm-a-quelle-date = ¿En qué fecha?
tm-avez-vous-rencontre-le-medecin-du = ¿Ha visto al médico del trabajo en una visita previa a la reincorporación?
tm-beneficiez-vous-d-une-ou-des = ¿Recibe una o varias de las siguientes prestaciones?
tm-aides-de-l-association-de-gestion = Ayudas de la asociación que gestiona el fondo para la inserción laboral de las personas con discapacidad (AGEFIPH)
tm-aides-du-fonds-pour-l-insertion = Ayudas del fondo para la inserción de las personas con discapacidad en la función pública (FIPHFP)
tm-beneficiez-vous-d-une-reconnaissance-de = ¿Tiene reconocida la condición de trabajador con discapacidad (RQTH)?
tm-souhaitez-vous-saisir-vos-experiences = ¿Quiere escribir su experiencia laboral en el formulario o escanear su CV?
tm-numeriser-le-cv-et-l-ajouter = Escanear el CV y añadirlo a mi solicitud al finalizarla
tm-saisir-mes-experiences-professionnelles = Escribir mi experiencia laboral en este formulario
tm-precisez-vos-experiences = Indique su experiencia laboral, incluidas las prácticas y las entidades de inserción.
tm-votre-niveau-de-qualification = Su nivel de cualificación:
tm-primaire = Primaria
tm-secondaire = Secundaria
tm-superieur = Superior
tm-derniere-classe-frequentee = Último curso realizado:
tm-avez-vous-suivi-une-des-formation = ¿Ha hecho uno o varios cursos de formación profesional?
tm-laquelle-lesquelles = ¿Cuál o cuáles?
tm-precisez-votre-vos-dernier-s-diplome = Indique su último título o títulos obtenidos:
tm-avez-vous-un-ou-plusieurs-projet = ¿Tiene uno o varios proyectos profesionales?
tm-pourquoi-avez-vous-besoin-de-soutien = ¿Por qué necesita apoyo?
tm-faire-un-bilan-de-capacites = Hacer una evaluación de sus capacidades profesionales
tm-preciser-un-projet-professionnel = Definir un proyecto profesional
tm-adapter-l-environnement-de-travail = Adaptar el entorno de trabajo
tm-acceder-a-un-emploi = Conseguir un empleo
tm-acceder-a-une-formation = Acceder a una formación
tm-autres-renseignements-concernant-votre = Otros datos sobre su vida laboral que quiera comunicarnos
tm-vie-de-votre-aidant-familial = Vida de su cuidador familiar
tm-vous-pouvez-expliquer-l-aide-que = Puede explicar la ayuda que su cuidador presta actualmente a la persona con discapacidad y puede expresar sus expectativas y necesidades.
tm-comment-s-appelle-votre-aidant = ¿Cómo se llama su cuidador?
tm-nom-et-prenom = Apellido y nombre
tm-quel-est-son-lien-avec-la = ¿Qué relación tiene con la persona con discapacidad?
tm-vit-il-elle-avec-la-personne = ¿Vive con la persona con discapacidad?
tm-est-il-elle-actuellement-en-emploi = ¿Tiene empleo actualmente?
tm-oui-avec-une-reduction-dactivite-liee = Sí, con una reducción de jornada para cuidar a la persona ayudada
tm-quelle-est-la-nature-de-l = ¿Qué tipo de ayuda presta?
tm-surveillance-presence-responsable = Vigilancia / presencia responsable
tm-aide-aux-deplacements-a-linterieur-du = Ayuda para moverse dentro de la vivienda
tm-aide-aux-deplacements-a-lexterieur = Ayuda para desplazarse fuera
tm-aide-pour-entretenir-le-logement-et = Ayuda para el mantenimiento de la vivienda y la ropa
tm-aide-a-lhygiene-corporelle = Ayuda con la higiene personal
tm-aide-a-la-preparation-des-repas = Ayuda para preparar las comidas
tm-aide-a-la-prise-de-repas = Ayuda para comer
tm-coordination-des-intervenants = Coordinación de los profesionales que intervienen
tm-gestion-administrative-et-juridique = Gestión administrativa y jurídica
tm-gestion-financiere = Gestión económica
tm-stimulation-par-des-activites-loisirs = Estimulación mediante actividades (ocio, salidas, etc.)
tm-aide-a-la-communication-et-aux = Ayuda con la comunicación y las relaciones sociales
tm-aide-au-suivi-medical = Ayuda con el seguimiento médico
tm-qui-participe-avec-lui-elle-a = ¿Quién participa con él/ella en el acompañamiento de la persona ayudada?
tm-un-des-professionnel-s = Uno o varios profesionales
tm-un-ou-plusieurs-autre-s-proche = Uno o varios familiares o allegados más
tm-il-elle-est-l-unique-aidante = Es el único cuidador / la única cuidadora del solicitante
tm-est-il-elle-soutenue-dans-sa = ¿Recibe apoyo en su papel de cuidador/a?
tm-en-cas-d-empechement-a-t = Si no puede, ¿tiene alguna solución para que alguien le sustituya?
tm-laquelle = ¿Cuál?
tm-il-elle-est-ou-sera-prochainement = Está o estará pronto en alguna de las siguientes situaciones:
tm-eloignement-geographique-demenagement = Distancia geográfica (mudanza, etc.)
tm-indisponibilite-prolongee-sejour-a = Ausencia prolongada (estancia en el extranjero, hospitalización, etc.)
tm-changement-majeur-dans-la-situation = Cambio importante en la situación personal (separación, fallecimiento del cónyuge, ingreso en una residencia, etc.)
tm-probleme-de-sante = Problema de salud
tm-changement-majeur-dans-la-situation-2 = Cambio importante en la situación laboral
tm-difficulte-a-assurer-l-accompagnement = Dificultad para mantener el acompañamiento actual (agotamiento, edad, etc.)
tm-ses-attentes-en-tant-qu-aidant = Sus expectativas como cuidador/a familiar:
tm-pouvoir-se-reposer-au-quotidien = Poder descansar a diario
tm-pouvoir-se-faire-remplacer-en-cas = Poder tener un sustituto cuando haga falta
tm-pouvoir-se-faire-remplacer-en-cas-2 = Poder tener un sustituto en caso de imprevisto
tm-se-faire-remplacer-pour-partir-en = Tener un sustituto para irse de fin de semana/vacaciones
tm-reprendre-renforcer-maintenir-son = Retomar/aumentar/mantener su actividad profesional
tm-reprendre-renforcer-maintenir-ses-liens = Retomar/reforzar/mantener sus relaciones sociales
tm-obtenir-une-contre-partie-financiere = Obtener una compensación económica
tm-echanger-avec-dautres-aidants = Hablar con otros cuidadores
tm-echanger-avec-les-professionnels-qui = Hablar con los profesionales que atienden a la persona ayudada
tm-avoir-un-soutien-psychologique = Tener apoyo psicológico
tm-etre-conseille-pour-mieux-faire-face = Recibir consejo para afrontar mejor la discapacidad de su familiar
tm-etre-affilie-gratuitement-a-lassurance = Estar afiliado/a gratuitamente al seguro de vejez (jubilación)
tm-a-t-il-elle-deja-identifie = ¿Ha encontrado ya uno o varios centros o servicios que podrían responder a sus expectativas?
tm-vous-souhaitez-mieux-connaitre-les = Quiere conocer mejor los dispositivos y ayudas que existen:
tm-pour-l-aidant = Para el cuidador
tm-pour-la-personne-aidee = Para la persona ayudada
tm-autres-renseignements-que-vous = Otros datos sobre la vida de su cuidador que quiera comunicarnos
tm-documents-lies-a-votre-demande = Documentos de su solicitud
tm-pour-nous-transmettre-les-documents = Para enviarnos los justificantes obligatorios y complementarios
tm-certificat-medical = Certificado médico
tm-votre-certificat-medical-n-est-pas = Su certificado médico no es válido; use uno de los modelos proporcionados.
tm-un-certificat-medical-de-moins-de = Un certificado médico de menos de 6 meses, el previsto para las solicitudes a la MDPH.
tm-justificatif-de-domicile = Justificante de domicilio
tm-une-photocopie-dun-justificatif-de = Una fotocopia de un justificante de domicilio de menos de 3 meses (para los niños, adjunte el justificante de domicilio del representante legal; para las personas alojadas por otra: justificante de domicilio y declaración jurada de quien les aloja).
tm-piece-d-identite = Documento de identidad
tm-une-photocopie-recto-verso-dun = Una fotocopia por las dos caras de un documento de identidad de la persona con discapacidad y, en su caso, de su representante legal (documento de identidad en vigor, permiso de residencia válido o cualquier otro documento que autorice la estancia en Francia).
tm-acte-de-deces-acte-de-mariage = Certificado de defunción / certificado de matrimonio
tm-carte-grise-vehicule-permis-de-conduire = Permiso de circulación del vehículo, permiso de conducir
tm-carte-de-sejour = Permiso de residencia
tm-avis-d-impot-sur-le-revenu = Notificación del impuesto sobre la renta
tm-releve-d-identite-bancaire-rib-iban = Datos bancarios (RIB/IBAN)
tm-attestation-de-paiement-des-indemnites = Certificado de pago de los subsidios diarios (CAF, MSA, SS, Pôle Emploi....)
tm-bulletin-de-salaire = Nómina
tm-devis-facture-aide-technique = Presupuesto / factura de la ayuda técnica
tm-audiogramme = Audiograma
tm-livret-de-famille = Libro de familia (livret de famille)
tm-facture-cantine-restaurant-scolaire = Factura del comedor (comedor escolar)
tm-facture-frais-d-obseques = Factura de los gastos de entierro
tm-justificatif-reduction-du-temps-de = Justificante de reducción de jornada
tm-billets-de-train-fiche-taxi-frais = Billetes de tren / recibo de taxi (gastos de transporte por un internamiento)
tm-jugement-de-tutelle-jugement = Sentencia de tutela, sentencia rectificativa, curatela
tm-justificatif-d-emancipation = Justificante de emancipación
tm-jugement-de-delegation-d-autorite = Sentencia de delegación de la patria potestad
tm-jugement-de-divorce = Sentencia de divorcio
tm-bilan-ophtalmologique-mdph = Informe oftalmológico (MDPH)
tm-complement-medical-d-aide-a-l = Complemento médico de ayuda a la evaluación psiquiátrica
tm-bilan-psychologique-etc = Evaluación psicológica, etc.
tm-compte-rendu-d-examen-psychiatrique = Informe de examen psiquiátrico, cuestionario psiquiátrico, etc.
tm-bilan-orthophonique-psychomoteur = Evaluación de logopedia, psicomotricidad, fisioterapia, osteopatía, etc.
tm-bilan-camsp-cmp-cmpp = Evaluación CAMSP, CMP, CMPP
tm-compte-rendu-d-evaluation-medicale = Informe de evaluación médica
tm-attestation-medicale = Certificado médico
tm-fiche-de-liaison-medecine-du-travail = Ficha de enlace de medicina del trabajo
tm-prescription-medicale-pour-amenagement-d = Prescripción médica para adaptar los exámenes
tm-bulletin-d-hospitalisation = Parte de hospitalización
tm-fiche-de-prescription-hors = Ficha de prescripción no farmacológica
tm-gevasco = GEVASco
tm-pour-les-enfants-scolarises-les-attentes = Para los niños escolarizados, las expectativas se detallan en un documento llamado GEVASco. El GEVASco es una guía de recogida de datos que usted rellena con el director del centro (primera solicitud) o con el profesor de referencia (revisión). Puede pedir al director de la escuela los datos de contacto de su profesor de referencia.
tm-bilan-de-l-equipe-de-suivi = Informe del Equipo de Seguimiento de la Escolarización (ESS)
tm-fiche-de-liaison-financement-du-materiel = Ficha de enlace para la financiación del material pedagógico adaptado
tm-fiche-d-evaluation-de-l-autonomie = Ficha de evaluación de la autonomía del alumno (de la inspección educativa)
tm-protocoles-d-accompagnement-d-un-eleve = Protocolos de acompañamiento de un alumno con discapacidad por un AVSI (asistente individual de vida escolar)
tm-plan-individualise-d-accompagnement-pia = Plan individualizado de acompañamiento (PIA)
tm-devoirs-particuliers-dyslexie = Deberes especiales (dislexia, logopedia, etc.)
tm-certificat-de-scolarite-releve-de-notes = Certificado de escolaridad, boletín de notas, etc.
tm-curriculum-vitae-cv = Currículum vítae (CV)
tm-courriers-orientation-professionnel = Cartas de orientación profesional (UEROS, POPS, CAP EMPLOI...)
tm-bilans-afpa-esat-etc-bilans-appui = Evaluaciones (AFPA, ESAT, etc.), evaluaciones Appui Projet, POPS, Préo, UEROS, etc.
tm-rapport-de-stage = Informe de prácticas
tm-syntheses-etablissements-et-services-ems = Informes de síntesis de centros y servicios (EMS, SMS, SAVS, SAMSAH, etc.)
tm-autre-document = Otro documento

## mdph: account

tm-plus-qu-une-etape = Solo queda un paso
tm-cliquez-sur-le-lien-qui-vous = Haga clic en el enlace que se le ha enviado para activar su cuenta (no olvide revisar la carpeta de correo no deseado).
tm-votre-compte-a-bien-ete-valide = Su cuenta ha sido confirmada.
tm-ce-lien-est-incorrect-ou-a = Este enlace es incorrecto o ya se ha usado.
tm-email-envoye = Correo enviado
tm-cliquez-sur-le-lien-qui-vous-2 = Haga clic en el enlace que se le ha enviado por correo para cambiar su contraseña.
tm-si-vous-avez-oublie-votre-mot = Si ha olvidado su contraseña, escriba su dirección de correo electrónico y se le enviará una contraseña nueva.
tm-veuillez-entrer-votre-email = Escriba su correo electrónico.
tm-l-adresse-email-n-est-pas = La dirección de correo electrónico no es válida.
tm-connectez-vous-pour-reprendre-votre = Inicie sesión para continuar su trámite
tm-adresse-email = Dirección de correo electrónico
tm-veuillez-entrer-une-adresse-email = Escriba una dirección de correo electrónico.
tm-cette-adresse-email-n-est-pas = Esta dirección de correo electrónico no es válida.
tm-veuillez-entrer-un-mot-de-passe = Escriba una contraseña.
tm-vous-n-avez-pas-de-compte = ¿No tiene cuenta? Regístrese
tm-une-erreur-est-survenue-lors-de-5 = Se ha producido un error durante el envío. Puede que la cuenta solicitada ya esté activada o que no exista.
tm-un-mail-de-confirmation-a-bien = Se ha vuelto a enviar un correo de confirmación a su cuenta de correo
tm-nouveau-mot-de-passe = Nueva contraseña
tm-vous-avez-indique-avoir-oublie-votre = Ha indicado que ha olvidado su contraseña. Restablézcala escribiendo una contraseña nueva.
tm-inscrivez-vous-pour-commencer-votre = Regístrese para empezar su trámite
tm-veuillez-entrer-votre-adresse-e-mail = Escriba su dirección de correo electrónico.
tm-cet-email-n-est-pas-valide = Este correo electrónico no es válido.
tm-adresse-email-de-secours = Dirección de correo electrónico de respaldo
tm-veuillez-entrer-votre-adresse-e-mail-2 = Escriba su dirección de correo electrónico de respaldo.
tm-erreur-dans-le-formulaire-merci-de = Error en el formulario; recargue la página.
tm-contact = Contacto
tm-veuillez-entrer-votre-numero-de-contact = Escriba su número de contacto.
tm-vous-avez-deja-un-compte-connectez = ¿Ya tiene una cuenta? Inicie sesión

## mdph: apropos

tm-en-quelques-mots = En pocas palabras
tm-plus-dun-tiers-des-personnes-handicapees = Más de un tercio de las personas con discapacidad consideran complicados los trámites administrativos relacionados con su discapacidad. Los plazos de tramitación de las solicitudes suelen superar los cuatro meses previstos por la ley.
tm-un-traitement-informatise-de-bout-en = Una tramitación informatizada de principio a fin
tm-une-communication-en-continu = Una comunicación continua
tm-pour-les-utilisateurs = Para los usuarios
tm-un-espace-personnel = Un espacio personal
tm-un-questionnaire-dynamique = Un cuestionario dinámico
tm-un-accompagnement-des-la-saisie-de = Acompañamiento desde que empieza a rellenar la solicitud
tm-un-suivit-en-temps-reel = Un seguimiento en tiempo real
tm-une-presence-sur-le-web = Una presencia en la web
tm-une-appropriation-de-votre-espace = Un espacio que puede hacer suyo

## mdph: demande

tm-veuillez-confirmer-la-demande-de = Confirme la solicitud de { $name }
tm-une-fois-la-demande-validee-vous = Una vez confirmada la solicitud, ya no podrá modificar más datos que los documentos, y solo si la MDPH se lo pide. Abajo encontrará el resumen de su solicitud:
tm-recapitulatif-de-votre-demande = Resumen de su solicitud
tm-documents = Documentos:
tm-en-validant-je-certifie-que-les = Al confirmar, certifico que los datos de arriba son exactos.
tm-la-mdph-n-accepte-pas-les = La MDPH { $name } no acepta solicitudes de este servicio en línea, así que no es posible enviarle una solicitud a través de este servicio en línea.
tm-demande-n = Solicitud n.º { $shortId }
tm-votre-mdph-vous-demande-de-corriger = Su MDPH le pide que corrija los documentos adjuntos a su solicitud
tm-pour-tout-autre-modification-veuillez = Para cualquier otro cambio, contacte directamente con su MDPH (encontrará los datos de contacto al pie de la página)
tm-telecharger = Descargar
tm-votre-demande-est-en-cours-de = Su MDPH está revisando su solicitud
tm-informations-obligatoires = Datos obligatorios
tm-informations-complementaires = Datos complementarios
tm-decrivez-votre-situation-vos-besoins-vos = Describa su situación, sus necesidades, sus proyectos y sus expectativas.
tm-demande = Solicitud / { $label }
tm-demande-documents = Solicitud / Documentos
tm-en-cours = { $name } - en curso... { $progress }%
tm-ajouter-un-document = Añadir un documento
tm-autres-types-de-documents = Otros tipos de documentos
tm-retourner-a-la-demande = Volver a la solicitud
tm-choix-du-type-de-document = Elección del tipo de documento
tm-recherche = Búsqueda
tm-suggestions-de-documents-a-fournir = Documentos que se sugiere aportar
tm-demande-identite-de-l-autorite-parentale = Solicitud / Identidad de quien ejerce la patria potestad
tm-demande-identite-de-la-personne-vous = Solicitud / Identidad de la persona que le ayuda en este trámite
tm-la-personne-vous-aidant-dans-votre = La persona que le ayuda en su trámite es
tm-un-proche = Un familiar o allegado
tm-une-association = Una asociación
tm-nom-ou-intitule = Nombre (o denominación)
tm-la-longueur-minimale-du-nom-est = El nombre debe tener al menos 1 carácter.
tm-recherche-adresse = Búsqueda de dirección
tm-localite = Localidad
tm-telephone-1 = Teléfono 1
tm-telephone-2 = Teléfono 2
tm-demande-identite-du-beneficiaire = Solicitud / Identidad del beneficiario
tm-nom-d-epouxse-ou-nom-d = Apellido del cónyuge o apellido de uso
tm-homme = Hombre
tm-femme = Mujer
tm-espace-economique-europeen-ou-suisse = Espacio Económico Europeo o Suiza
tm-date-de-naissance-au-format-jour = Fecha de nacimiento en formato día/mes/año
tm-veuillez-utiliser-le-format-jj-mm = Use el formato DD/MM/AAAA. Por ejemplo: 14/09/1989.
tm-commune-de-naissance = Municipio de nacimiento
tm-pays-en-cas-de-naissance-a = País (si nació en el extranjero)
tm-l-adresse-email-saisie-est-incorrecte = La dirección de correo electrónico escrita es incorrecta.
tm-si-vous-avez-elu-domicile-aupres = Si tiene su domicilio a efectos administrativos en un organismo (asociación, centro de acogida o de acción social), indique cuál
tm-organisme-payeur-de-prestations = Organismo que paga las prestaciones familiares / RSA
tm-organisme-d-assurance-maladie = Organismo del seguro de enfermedad
tm-votre-numero-de-securite-sociale = Su número de la Seguridad Social
tm-ce-numero-de-securite-sociale-est = Este número de la Seguridad Social no es válido.
tm-ce-champ-est-incomplet = Este campo está incompleto.
tm-si-cest-votre-enfant-qui-est = Si la solicitud se refiere a su hijo/a, indique el número de la Seguridad Social de su hijo/a
tm-etes-vous-aide-e-dans-vos = ¿Le ayuda alguien en sus trámites con la MDPH?
tm-beneficiez-vous-dune-mesure-de = ¿Está sujeto/a a una medida de protección jurídica?
tm-demande-identite-du-representant-legal = Solicitud / Identidad del representante legal
tm-demande-prestations = Solicitud / Prestaciones
tm-demandes-relatives-a-la-vie-quotidienne = Solicitudes relacionadas con la vida diaria
tm-carte-mobilite-inclusion = Carte mobilité inclusion (tarjeta de movilidad para personas con discapacidad)
tm-allocation-compensatrice-ac = Allocation Compensatrice (AC, prestación compensatoria)
tm-demandes-relatives-a-la-vie-scolaire = Solicitudes relacionadas con la vida escolar
tm-demandes-relatives-au-travail-a-lemploi = Solicitudes relacionadas con el trabajo, el empleo y la formación profesional
tm-orientation-professionnelle = Orientación profesional
tm-le-dispositif-emploi-accompagne-propose = «El dispositivo de empleo con apoyo ofrece acompañamiento médico-social y apoyo a la inserción laboral al trabajador con discapacidad y a su empleador. Pueden beneficiarse de este dispositivo los trabajadores con discapacidad:
tm-ayant-un-projet-dinsertion-en-milieu = que tienen un proyecto de inserción en el entorno laboral ordinario,
tm-accueillis-dans-un-etablissement-ou = acogidos en un centro o servicio de ayuda mediante el trabajo (ESAT) que tienen un proyecto de inserción en el entorno laboral ordinario,
tm-deja-en-emploi-en-milieu-ordinaire = que ya trabajan en el entorno laboral ordinario y tienen dificultades especiales para asegurar su inserción laboral.»
tm-demande-confirmer-votre-compte-mail = Solicitud / Confirme su cuenta de correo
tm-vous-n-avez-pas-encore-confirme = Todavía no ha confirmado su cuenta. Puede hacerlo abriendo el enlace de activación que se le envió por correo.
tm-en-cas-de-difficultes-vous-pouvez = Si tiene dificultades, puede escribirnos a contact.mdphenligne@cnsa.fr
tm-cliquez-ici-pour-renvoyer-un-mail = Haga clic aquí para volver a enviar un correo de confirmación
tm-retourner-au-profil = Volver al perfil

## mdph: layout

tm-connexion = Inicio de sesión

## mdph: main

tm-trouvez-le-service-en-ligne-de = Encuentre el servicio en línea de su MDPH
tm-votre-demande-en-ligne-a-la = Su solicitud en línea a la MDPH
tm-la-mdph-c-est-la-maison = La MDPH es la Maison Départementale pour les Personnes Handicapées (centro departamental para personas con discapacidad). Puede responder a las necesidades relacionadas con su discapacidad.
tm-ce-service-vous-permet-de-saisir = Este servicio le permite rellenar su solicitud y enviarla a su MDPH para que tramite su expediente.
tm-il-vous-permet-de-solliciter-la = Le permite dirigirse a la MDPH como beneficiario o como representante legal de un beneficiario.
tm-en-fonction-de-votre-situation-vous = Según su situación, quizá pueda tener derecho a lo siguiente

## mdph: mdph

tm-votre-mdph = Su MDPH: { $name }
tm-gerez-vos-demandes-en-ligne = Gestione sus solicitudes en línea
tm-mdph = MDPH { $name }
tm-votre-mdph-n-utilise-pas-ce = Su MDPH no usa este servicio de solicitudes en línea
tm-continuer-sur-service-public-fr = Continuar en service-public.fr
tm-continuer-sur = Continuar en { $label }

## mdph: medecin

tm-votre-e-mail = Su correo electrónico
tm-ex-email-domaine-fr = Ej.: email@domaine.fr
tm-l-adresse-email-est-obligatoire = La dirección de correo electrónico es obligatoria.
tm-modeles-de-certificats = Modelos de certificados

## mdph: mon_compte

tm-en-attente-de-validation = Pendiente de confirmación
tm-si-vous-n-avez-pas-recu = Si no ha recibido este correo, haga clic aquí para que se lo volvamos a enviar.
tm-modifier-mon-mot-de-passe = Cambiar mi contraseña
tm-veuillez-entrer-votre-mot-de-passe = Escriba su contraseña anterior.

## mdph: partenaire

tm-nous-vous-avons-envoye-un-mail = Le hemos enviado un correo para confirmar su dirección de correo electrónico.
tm-type = Tipo
tm-document-ajoute = Documento añadido
tm-choisir-le-fichier = Elegir el archivo
tm-veuillez-selectionner-un-fichier = Seleccione un archivo
tm-ajouter-ce-fichier = Añadir este archivo

## mdph: profil

tm-profil-identite-du-representant-legal = Perfil / Identidad del representante legal
tm-profil-prestations = Perfil / Prestaciones
tm-supprimer-ce-profil = Eliminar este perfil

## mdph: suivi

tm-cookies-deposes-et-opt-out = Cookies instaladas y exclusión (opt-out)
tm-ce-site-depose-un-petit-fichier = Este sitio instala un pequeño archivo de texto (una «cookie») en su ordenador cuando lo visita. Así podemos medir el número de visitas y saber qué páginas se consultan más.
tm-ce-site-naffiche-pas-de-banniere = Este sitio no muestra un aviso de consentimiento de cookies, ¿por qué?
tm-je-contribue-a-enrichir-vos-donnees = Contribuyo a enriquecer sus datos, ¿puedo acceder a ellos?
tm-bien-sur-les-statistiques-dusage-de = ¡Por supuesto! Las estadísticas de uso de la mayoría de nuestros productos, incluido https://mdphenligne.cnsa.fr/, están disponibles en acceso libre en stats.data.gouv.fr.

## mdph: autorite-form

tm-parent = Progenitor { $n }
tm-exerce-l-autorite-parentale = Ejerce la patria potestad
tm-meme-adresse-que-le-beneficiaire = La misma dirección que el beneficiario

## mdph: detail

tm-en-cochant-cette-case-vous-certifiez = Al marcar esta casilla, certifica que tiene el consentimiento de { $name } para presentar una solicitud en su nombre
tm-precisez-le-domicile = Indique en casa de quién vive
tm-de-vos-parents-ou-l-un = De sus padres (o de uno de ellos)
tm-de-vos-enfants-ou-l-un = De sus hijos (o de uno de ellos)
tm-d-un-e-ami-e = De un amigo o una amiga
tm-d-un-autre-membre-de-votre = De otro miembro de su familia
tm-d-une-famille-d-accueil = De una familia de acogida
tm-et-vous-etes = Y usted es
tm-de-categorie = De la categoría
tm-son-prenom = Su nombre
tm-montant = Importe
tm-montant-invalide = Importe no válido
tm-veuillez-saisir-un-nombre-entre-0 = Escriba un número entre 0 y 100.

## mdph: display-file

tm-pas-de-documents = No hay documentos
tm-raison-du-refus = Motivo del rechazo:
tm-supprimez = Elimine
tm-suppression-d-un-document = Eliminación de un documento

## mdph: footer

tm-contactez-votre-mdph = Contacte con su MDPH

## mdph: help

tm-precisez-vos-besoins-de-compensation = Indique sus necesidades de compensación relacionadas con su discapacidad
tm-plusieurs-reponses-sont-possibles = Puede marcar varias respuestas
tm-adaptez-vos-reponses-a-votre-age = Adapte sus respuestas a su edad.
tm-le-besoin-daide-correspond-a-une = La necesidad de ayuda es una ayuda humana directa, o la necesidad de que le estimulen, guíen o animen de palabra, o una ayuda material o económica.
tm-ce-document-correspond-a-lexpression-de = En este documento usted expresa las necesidades que siente. Después, el equipo de la MDPH hará una evaluación detallada y, si hace falta, se reunirá con usted.

## mdph: liste-prestations

tm-allocation-aux-adultes-handicapes-aah-et = Allocation aux adultes handicapés (AAH, prestación para adultos con discapacidad) y su complemento
tm-carte-d-invalidite-de-priorite-de = Tarjeta de invalidez / de prioridad / de estacionamiento
tm-orientation-vers-un-etablissement-ou = Orientación hacia un centro o servicio médico-social (ESMS)
tm-renouvellement-d-allocation = Renovación de la prestación compensatoria (ACTP o ACFP)
tm-projet-personnalise-de-scolarisation = Proyecto personalizado de escolarización – trayectoria y ayudas a la escolarización
tm-orientation-professionnelle-et-ou = Orientación profesional y/o formación profesional
tm-reconnaissance-de-la-qualite-de = Reconocimiento de la condición de trabajador con discapacidad (RQTH)
tm-affiliation-gratuite-a-l-assurance = Afiliación gratuita al seguro de vejez de los padres que se quedan en casa (AVPF)

## mdph: mdph-input

tm-autre-departement-indiquez-votre-numero = Otro departamento: indique su número (por ejemplo 01 o 75)

## mdph: menu-dashboard

tm-mes-demandes = Mis solicitudes
tm-documents-associes = Documentos adjuntos

## mdph: nav-steps

tm-question-precedente = Pregunta anterior

## mdph: password-field

tm-votre-mot-de-passe-est-d = Su contraseña es demasiado débil.
tm-veuillez-saisir-8-caracteres = Escriba 8 caracteres.
tm-presenter-trois-des-quatre-categories-de = Contener tres de estos cuatro tipos de caracteres: mayúscula, minúscula, cifra y/o caracteres especiales.
tm-ce-jeton-de-modification-a-deja = Este código de cambio ya se ha usado para restablecer su contraseña. Vuelva a pedir el restablecimiento.

## mdph: password-rules-alert

tm-comprendre-huit-caracteres = tener ocho caracteres,
tm-etre-d-une-robustesse-moyenne = tener una seguridad media.
tm-afin-de-garantir-au-mieux-l = Para proteger lo mejor posible la integridad de los datos, la contraseña debe, como mínimo:

## mdph: prestations

tm-precisez-eventuellement-votre-demande = Si quiere, detalle su solicitud

## mdph: question

tm-veuillez-selectionner-une-des-options-ou = Seleccione una de las opciones o detalle su respuesta
tm-intitule-du-poste = Nombre del puesto
tm-employeur = Empleador
tm-entreprise = Empresa
tm-type-de-contrat = Tipo de contrato
tm-date-de-debut-au-format-jour = Fecha de inicio en formato día/mes/año
tm-motif-de-fin-d-activite = Motivo del fin de la actividad
tm-motif = Motivo
tm-valider-l-experience = Confirmar la experiencia
tm-ajouter-une-experience = Añadir una experiencia
tm-annee-d-obtention = Año de obtención
tm-domaine = Ámbito
tm-intitule-du-diplome = Nombre del título
tm-domaine-d-etude = Campo de estudio
tm-retirer-le-dernier-diplome = Quitar el último título
tm-ajouter-un-diplome = Añadir un título
tm-matin = Mañana
tm-midi = Mediodía
tm-soiree-nuit = Tarde-noche/noche
tm-nom-de-l-etablissement = Nombre del centro
tm-rue = Calle
tm-ex-college-jules-ferry = Ej.: collège Jules Ferry
tm-ex-1-rue-de-l-eglise = Ej.: 1, rue de l'église
tm-ex-paris = Ej.: Paris
tm-supprimer-le-dernier-etablissement = Eliminar el último centro
tm-ajouter-un-etablissement = Añadir un centro
tm-frais-engages = Gastos realizados
tm-montant-total-frequence = Importe total / Frecuencia
tm-montant-rembourse = Importe reembolsado
tm-libelle-des-frais = Descripción de los gastos
tm-par-jour = Al día
tm-par-semaine = A la semana
tm-par-mois = Al mes
tm-par-an = Al año
tm-supprimer-le-dernier-frais = Eliminar el último gasto
tm-ajouter-des-frais-ponctuels = Añadir gastos puntuales
tm-ajouter-des-frais-recurrents = Añadir gastos periódicos
tm-derniere-reponse-enregistree-le = Última respuesta guardada el { $updatedAt }: { $previousModel }
tm-nom-de-la-structure = Nombre de la entidad
tm-etes-vous-deja-en-contact = ¿Ya está en contacto con ella?
tm-supprimer-la-derniere-structure = Eliminar la última entidad
tm-ajouter-une-structure = Añadir una entidad

## mdph: representant-form

tm-type-de-mesure-de-protection = Tipo de medida de protección
tm-tutelle = Tutela
tm-curatelle = Curatela
tm-curatelle-renforcee = Curatela reforzada
tm-habilitation-familiale = Habilitación familiar (habilitation familiale)

## aidants: layouts

tm-page-d-accueil = Página de inicio

## aidants: 400.html

tm-il-y-a-eu-un-souci = Hubo un problema técnico durante el intercambio de datos.
tm-la-syntaxe-de-la-requete-est = La sintaxis de la solicitud es incorrecta. Puede volver a intentarlo o contactarnos si el problema continúa.

## aidants: 403.html

tm-vous-n-avez-pas-la-permission = No tiene permiso para abrir esta página.
tm-si-vous-pensez-qu-il-s = Si cree que se trata de un error, puede ir a nuestra página de inicio o contactarnos para pedir ayuda.

## aidants: 404.html

tm-la-page-que-vous-cherchez-est = No se encuentra la página que busca. Disculpe las molestias.
tm-si-vous-avez-tape-l-adresse = Si escribió la dirección web en el navegador, compruebe que es correcta. Puede que la página ya no esté disponible. En ese caso, para continuar puede ir a nuestra página de inicio. Si no, contáctenos para que podamos indicarle la información correcta.

## aidants: 408.html

tm-le-temps-imparti-a-la-connexion = Se ha agotado el tiempo para conectarse con FranceConnect.
tm-vous-pouvez-reessayer-la-connexion = Puede volver a intentar conectarse desde la página de inicio. Si el problema continúa, contáctenos.

## aidants: 500.html

tm-desole-le-service-rencontre-un-probleme = Lo sentimos, el servicio tiene un problema; estamos trabajando para resolverlo lo antes posible.
tm-essayez-de-rafraichir-la-page-ou = Pruebe a recargar la página o vuelva a intentarlo más tarde.
tm-si-vous-avez-besoin-d-une = Si necesita ayuda inmediata, contáctenos directamente.

## aidants: aidants_connect_web

tm-imprimer-le-mandat = Imprimir el mandato
tm-mandat-final = Mandato definitivo
tm-attention-ceci-est-un-projet-de = ¡Atención! Esto es un borrador de mandato. No tiene ningún valor jurídico.
tm-le-mandat-a-ete-cree-avec = El mandato se ha creado correctamente. Imprímalo para que lo firme el mandante.
tm-pour-imprimer-selectionnez-dans-le-menu = 🖨 Para imprimir, seleccione en el menú de su navegador «Archivo» y después «Imprimir».
tm-projet-de-mandat-traduit = Borrador de mandato traducido
tm-vous-trouverez-ci-dessous-un-mandat = Abajo encontrará un modelo de mandato disponible en varias traducciones. Las traducciones del mandato solo sirven para explicar al usuario qué es un mandato y qué implica. Estas traducciones no tienen ningún valor jurídico. Solo el mandato definitivo en francés tiene valor jurídico.
tm-vous-pouvez-imprimer-ce-mandat-type = Puede imprimir este modelo de mandato haciendo clic en el botón de abajo. Le recordamos que este mandato no tiene ningún valor jurídico. Se traduce solo a título informativo para el usuario.
tm-version-francaise = Versión en francés
tm-traduire-le-mandat-en = Traducir el mandato al:
tm-mandat-pour-realiser-des-demarches-en = Mandato para realizar trámites en línea con el servicio «Aidants Connect»
tm-attention-nous-vous-rappelons-que-ce = Le recordamos que este mandato no tiene ningún valor jurídico. Se traduce solo a título informativo para el usuario.
tm-version-francaise-et-traductions = Versión en francés y traducciones
tm-revocation-d-une-autorisation-via-le = Revocación de una autorización a través del servicio «Aidants Connect»
tm-je-soussigne-e-souhaite-revoquer-l = Yo, { $get_full_name }, abajo firmante, deseo revocar la autorización «{ $authorization }» creada el { $creation_date } con { $organisation }.
tm-fait-a-le = Hecho en { $display_address }, el { $date }
tm-le-mandant = El mandante
tm-lautorisation-a-ete-revoquee-avec-succes = La autorización se ha revocado correctamente. Imprímala para que la firme el mandante.
tm-l-autorisation-a-ete-revoquee-avec = ¡La autorización se ha revocado correctamente!
tm-rappel-de-l-autorisation-revoquee = Resumen de la autorización revocada
tm-thematique-administrative = Tema administrativo
tm-date-de-l-autorisation = Fecha de la autorización
tm-expiration-de-l-autorisation = Vencimiento de la autorización
tm-imprimer-l-attestation-de-revocation = Imprimir el certificado de revocación
tm-confirmer-la-revocation-de-l = Confirmar la revocación de la autorización
tm-merci-de-verifier-les-informations-ci = Compruebe los datos de abajo antes de confirmar la revocación de la autorización
tm-rappel-de-l-autorisation-en-cours = Resumen de la autorización que se está revocando
tm-thematique-administrative-associee = Tema administrativo relacionado
tm-souhaitez-vous-confirmer-la-revocation = ¿Desea confirmar la revocación de esta autorización?
tm-revoquer-l-autorisation = Revocar la autorización
tm-confirmation-de-revocation = Confirmación de la revocación
tm-merci-de-verifier-les-informations-ci-2 = Compruebe los datos de abajo antes de confirmar la revocación del mandato
tm-rappel-du-mandat-en-cours-de = Resumen del mandato que se está revocando
tm-date-du-mandat = Fecha del mandato
tm-expiration-du-mandat = Vencimiento del mandato
tm-souhaitez-vous-confirmer-la-revocation-2 = ¿Desea confirmar la revocación de este mandato?
tm-revoquer-le-mandat = Revocar el mandato
tm-revocation-d-un-mandat-via-le = Revocación de un mandato a través del servicio Aidants Connect
tm-je-soussigne-e-souhaite-revoquer-le = Yo, { $usager_name }, abajo firmante, deseo revocar el mandato «Aidants Connect» creado el { $creation_date } con { $organisation }.
tm-le-mandat-a-ete-revoque-avec = El mandato se ha revocado correctamente. Imprímalo para que lo firme el mandante.
tm-le-mandat-a-ete-revoque-avec-2 = ¡El mandato se ha revocado correctamente!
tm-rappel-du-mandat-revoque = Resumen del mandato revocado
tm-mandat-pour-realiser-des-demarches = Mandato para realizar trámites administrativos en línea en nombre de un usuario a través del servicio «Aidants Connect» durante el estado de emergencia sanitaria declarado por el artículo 4 de la ley del 23 de marzo de 2020.
tm-je-soussigne-e-autorise-dont-seuls = Yo, { $get_full_name }, abajo firmante, autorizo a { $organisation }, cuyos agentes habilitados son los únicos que pueden actuar en mi lugar, a realizar en mi nombre, de acuerdo con los artículos 1984 y siguientes del Código Civil, los siguientes trámites administrativos en línea, tanto si son trámites accesibles a través de FranceConnect como si no:
tm-autorise-a-utiliser-ses-donnees-a = { $usager } autoriza a { $name } a usar sus datos personales solo para ejecutar este mandato.
tm-l-aidant-habilite-de-a-rappele = El ayudante habilitado de { $name } ha recordado a { $usager } el objeto de su intervención, por qué se recogen sus datos y para qué sirven; que tiene derechos sobre sus datos (acceso, rectificación, supresión, etc.) y que el mandante puede retirar su consentimiento en cualquier momento.
tm-a-cette-fin = Para ello:
tm-ne-collecter-et-conserver-que-les = recoger y conservar solo los datos estrictamente necesarios para los trámites indicados,
tm-nutiliser-les-informations-fournies-que = usar los datos facilitados solo para los trámites indicados. Para realizar otros trámites, debe informar antes al usuario y obtener su autorización;
tm-ne-collecter-et-conserver-que-les-2 = recoger y conservar solo los datos estrictamente necesarios para los ámbitos de trámites indicados;
tm-nutiliser-les-informations-fournies-que-2 = usar los datos facilitados solo para realizar estos trámites. Para realizar otros trámites, debe informar antes al usuario y obtener su autorización;
tm-mettre-a-jour-puis-a-supprimer = actualizar y después suprimir todos los datos del usuario cuando ya no sean necesarios para realizar los trámites;
tm-respecter-la-confidentialite-des = respetar la confidencialidad de los datos facilitados;
tm-prendre-toutes-les-precautions-pour = tomar todas las precauciones para garantizar la seguridad de los datos personales transmitidos.
tm-le-mandataire-sengage-a = El mandatario se compromete a:
tm-le-present-mandat-est-accepte-et = El presente mandato se acepta y consiente por el tiempo necesario para que el ayudante habilitado de { $name } cumpla sus tareas. El mandato termina cuando se han realizado los trámites mencionados, o en cualquier momento si el mandante o el mandatario decide revocarlo.
tm-l-aidant-habilite-de-est-tenu = El ayudante habilitado de { $name } está obligado a cumplir el mandato mientras siga encargado de él, y responde de los daños y perjuicios que pudieran resultar de no cumplirlo, de acuerdo con los artículos 1991 y siguientes del Código Civil.
tm-mandat-pour-realiser-des-demarches-en-2 = Mandato para realizar trámites en línea con el servicio «Aidants Connect» durante el estado de emergencia sanitaria
tm-je-mappelle-je-suis-le-mandant = Me llamo: { $name } (soy el mandante)
tm-jautorise-cest-le-mandataire-a-realiser = Autorizo a { $name } (es el mandatario) a realizar en mi lugar los siguientes trámites administrativos: { $n }
tm-cette-autorisation-est-conforme-aux = Esta autorización cumple los artículos 1984 y siguientes del Código Civil. Los trámites se realizarán por internet, en sitios que usan FranceConnect o en otros sitios. También pueden realizarse por cualquier medio que permita la administración (teléfono, papel, correo electrónico, …).
tm-je-peux-annuler-mon-autorisation-a = Puedo anular mi autorización en cualquier momento.
tm-je-reconnais-que-laidant-habilite-par = Reconozco que el ayudante habilitado por { $name } me ha recordado el objeto de su intervención y me ha informado de por qué se necesitan los datos recogidos y para qué sirven;
tm-jautorise-les-aidants-habilites-par-a = Autorizo a los ayudantes habilitados por { $name } a usar mis datos personales en el marco de este mandato. Sé que tengo derechos sobre los datos que me conciernen: acceso, rectificación, supresión.
tm-pour-que-puisse-agir-a-ma = Para que { $name } pueda actuar en mi lugar:
tm-effectuer-les-demarches-listees-dans-ce = realizar en mi lugar los trámites indicados en este documento, a partir de los datos que les he dado;
tm-collecter-et-conserver-seulement-les = recoger y conservar solo los datos necesarios para los trámites indicados en este documento o para los relacionados con ellos;
tm-utiliser-et-communiquer-seulement-les = usar y comunicar solo los datos necesarios para los trámites indicados en este documento o para los relacionados con ellos;
tm-minformer-et-demander-mon-autorisation = informarme y pedir mi autorización antes de realizar trámites distintos de los indicados en este documento;
tm-mettre-a-jour-et-supprimer-lensemble = actualizar y suprimir todos mis datos personales cuando ya no sean útiles;
tm-sinterdire-de-rendre-publiques-mes = no hacer públicos nunca mis datos personales;
tm-prendre-toutes-les-precautions-pour-2 = tomar todas las precauciones para garantizar la seguridad de mis datos personales.
tm-les-aidants-habilites-par-doivent = Los ayudantes habilitados por { $name } deben:
tm-a-partir-du-moment-ou-un = Desde el momento en que un ayudante habilitado por { $name } realiza en mi lugar uno de los trámites indicados en este documento, acepta hacerlo en las condiciones descritas en este documento.
tm-les-demarches-decrites-ci-dessus-sont = los trámites descritos arriba se han realizado;
tm-je-decide-de-lannuler = decido anularla;
tm-laidant-habilite-par-decide-de-lannuler = el ayudante habilitado por { $name } decide anularla;
tm-je-donne-mon-autorisation-a-une = doy mi autorización a otra persona distinta de un ayudante habilitado por { $name }. En ese caso, debo informar a { $name } lo antes posible.
tm-mon-autorisation-est-donnee-et-acceptee = Mi autorización se da y se acepta { $n }. Termina antes si:
tm-l-aidant-habilite-par-doit-accomplir = El ayudante habilitado por { $name } debe realizar en mi lugar los trámites indicados en este documento mientras el mandato sea válido. El ayudante habilitado por { $name } podrá ser considerado responsable si no respeta las condiciones descritas en este documento (artículo 1991 del Código Civil).
tm-jautorise-cest-le-mandataire-a-realiser-2 = Autorizo a { $name } (es el mandatario) a realizar en mi lugar los siguientes trámites administrativos:
tm-collecter-et-conserver-utiliser-et = recoger y conservar, usar y comunicar solo los datos necesarios para los trámites indicados en este documento o para los relacionados con ellos;
tm-l-aidant-habilite-par-doit-accomplir-2 = El ayudante habilitado por { $name } debe realizar en mi lugar los trámites indicados en este documento mientras el mandato sea válido. Podrá ser considerado responsable si no respeta las condiciones descritas en este documento (artículo 1991 del Código Civil).
tm-fait-a-le-2 = Hecho en { $display_address }, { $display_city }, el { $date }
tm-jautorise-cest-le-mandataire-a-realiser-3 = Autorizo a { $name } (es el mandatario) a realizar por cuenta mía los siguientes trámites administrativos:
tm-pour-que-puisse-agir-pour-mon = Para que { $name } pueda actuar por cuenta mía:
tm-effectuer-les-demarches-listees-dans-ce-2 = realizar por cuenta mía los trámites indicados en este documento, a partir de los datos que les he dado;
tm-a-partir-du-moment-ou-un-2 = Desde el momento en que un ayudante habilitado por { $name } realiza por cuenta mía uno de los trámites indicados en este documento, acepta hacerlo en las condiciones descritas en este documento.
tm-l-aidant-habilite-par-doit-accomplir-3 = El ayudante habilitado por { $name } debe realizar por cuenta mía los trámites indicados en este documento mientras el mandato sea válido. Podrá ser considerado responsable si no respeta las condiciones descritas en este documento (artículo 1991 del Código Civil).
tm-mandat-pour-realiser-des-demarches-en-3 = Mandato para realizar trámites en línea con el servicio «Aidants Connect»
tm-je-mappelle-et-je-suis-le = Me llamo { $name } y soy el mandante.
tm-jautorise-en-tant-que-mandataire-a = Autorizo a { $name }, como mandatario, a realizar por cuenta mía los siguientes trámites administrativos:
tm-je-declare-ne-pas-faire-l = Declaro que no estoy sujeto/a a ninguna medida de protección jurídica (sauvegarde de justice, tutela o curatela).
tm-jautorise-les-aidants-habilites-par-a-2 = Autorizo a los ayudantes habilitados por { $name } a usar mis datos personales en el marco de este mandato. Sé que tengo derechos sobre los datos que me conciernen: acceso, información, rectificación, limitación, supresión.
tm-quand-un-aidant-habilite-par-realise = Cuando un ayudante habilitado por { $name } realiza por cuenta mía uno de los trámites indicados arriba, se compromete a hacerlo en las condiciones y durante el tiempo descritos en este documento; si no, incurre en responsabilidad civil y penal.
tm-prendre-toutes-les-precautions-pour-3 = tomar todas las precauciones para garantizar la seguridad y la confidencialidad de mis datos personales.
tm-un-aidant-habilite-par-decide-de = un ayudante habilitado por { $name } decide anularla;
tm-fait-a-le-3 = Hecho en { $display_address }, { $zipcode } { $display_city }, el { $date }
tm-prenom-nom-et-signature-du-mandataire = Nombre, apellido y firma del mandatario (el ayudante)
tm-prenom-nom-et-signature-du-mandant = Nombre, apellido y firma del mandante (el usuario)
tm-il-y-a-des-erreurs-dans = Hay errores en el formulario
tm-lisez-ces-mentions-a-lusager = Lea estas indicaciones al usuario
tm-le-mandat-est-une-autorisation-ecrite = El mandato es una autorización escrita que permite al ayudante realizar trámites administrativos por usted. Le protege a usted y protege al ayudante que le acompaña. Podrá ponerle fin en cualquier momento.
tm-une-fois-ce-mandat-signe-par = Una vez firmado este mandato por las dos partes, el ayudante se compromete a:
tm-realiser-les-demarches-listees-dans-le = realizar los trámites indicados en el mandato a partir de los datos que usted le ha dado;
tm-utiliser-et-enregistrer-seulement-les = usar y guardar solo los datos necesarios para estos trámites;
tm-ne-pas-effectuer-dautres-demarches-que = no realizar trámites distintos de los indicados en el mandato;
tm-securiser-lensemble-de-vos-informations = proteger todos sus datos y suprimirlos cuando ya no sean útiles.
tm-connectez-lusager-a-franceconnect = Conecte al usuario a FranceConnect
tm-recapitulatif-du-mandat-a-distance = Resumen del mandato a distancia
tm-elements-du-mandat = Elementos del mandato
tm-validation-de-lusager = Confirmación del usuario
tm-en-cochant-ces-cases-confirme = Al marcar estas casillas, { $name } confirma:
tm-validation-de-laidant = Confirmación del ayudante
tm-enregistrer-le-mandat = Guardar el mandato

## aidants: login

tm-vous-etes-un-particulier = ¿Es usted un particular?
tm-aidants-connect-n-est-pas-un = Aidants Connect no es una herramienta para particulares ni para familiares cuidadores.
tm-vous-rencontrez-un-probleme-lors-de = ¿Tiene un problema al conectarse con France Connect o al entrar en sus espacios personales de los servicios públicos (CAF, impuestos, ANTS...)? Consulte la página de ayuda correspondiente.
tm-vous-rencontrez-des-difficultes-avec-le = ¿Tiene dificultades con las herramientas digitales y le gustaría recibir un acompañamiento para hacer sus trámites o ganar autonomía? Busque un lugar cerca de usted.

## aidants: aidants_connect_common

tm-adresse-e-mail = Dirección de correo electrónico

## aidants: aidants_connect_web

tm-numero-de-telephone-mobile = Número de teléfono móvil
tm-format-attendu-10-chiffres = Formato esperado: 10 cifras
tm-format-attendu-6-chiffres = Formato esperado: 6 cifras
tm-selectionnez-la-ou-les-demarches = Seleccione el trámite o los trámites
tm-choisissez-la-duree-du-mandat = Elija la duración del mandato
tm-code-a-6-chiffres = Código de 6 cifras
tm-choisir = Elegir…
tm-exemple-prenom-nom-exemple-fr = Ejemplo: prenom-nom@exemple.fr
tm-nouvelle-adresse-e-mail = Nueva dirección de correo electrónico
tm-erreur-veuillez-saisir-uniquement-des = Error: escriba solo direcciones de correo electrónico válidas.
tm-telephone-mobile = Teléfono móvil

## dsfr: component/checkbox

tm-libelle-checkbox = Etiqueta de la casilla
tm-libelle-checkbox-sub-et-sup = Etiqueta de la casilla sub y sup
tm-libelle-case-a-cocher = Etiqueta de la casilla de verificación
tm-theme-clair = Tema claro
tm-theme-sombre = Tema oscuro
tm-systeme = Según el sistema
tm-legende-pour-lensemble-des-elements = Leyenda para todo el grupo de elementos
tm-choisissez-un-theme-pour-personnaliser = Elija un tema para personalizar el aspecto del sitio.
tm-texte-de-description-additionnel = Texto de descripción adicional
tm-utilise-les-parametres-systeme = Usa la configuración del sistema
tm-extrait-de-code = Fragmento de código
tm-libelle-bouton = Etiqueta del botón
tm-texte-derreur-obligatoire = Texto de error obligatorio
tm-texte-de-validation = Texto de validación
tm-verifier-ma-demande = Revisar mi solicitud
tm-supprimer-le-justificatif-de-domicile = Eliminar el justificante de domicilio
tm-la-case-a-cocher-permet-a = La casilla de verificación permite al usuario seleccionar una o varias opciones de una lista. Se usa para hacer selecciones múltiples (de 0 a N elementos) o para permitir una elección binaria, cuando el usuario puede marcar o desmarcar una sola opción.
tm-dsfr-v1-15-3 = DSFR v1.15.3
tm-retour = Volver
tm-case-a-cocher-checkbox = Casilla de verificación (checkbox)
tm-case-a-cocher-seule = Casilla de verificación sola
tm-case-a-cocher-seule-exemple-avec = Casilla de verificación sola, ejemplo con subíndice y superíndice
tm-case-a-cocher-avec-texte-daide = Casilla de verificación con texto de ayuda
tm-case-a-cocher-seule-validee = Casilla de verificación sola, validada
tm-case-a-cocher-seule-avec-erreur = Casilla de verificación sola con error
tm-case-a-cocher-seule-indeterminee = Casilla de verificación sola, indeterminada
tm-ensemble-de-cases-a-cocher = Grupo de casillas de verificación
tm-ensemble-de-cases-a-cocher-petite = Grupo de casillas de verificación, tamaño pequeño
tm-ensemble-de-cases-a-cocher-desactivees = Grupo de casillas de verificación desactivadas
tm-ensemble-de-cases-a-cocher-en = Grupo de casillas de verificación en línea
tm-ensemble-de-cases-a-cocher-avec = Grupo de casillas de verificación con texto de ayuda
tm-ensemble-de-cases-a-cocher-avec-2 = Grupo de casillas de verificación con error
tm-ensemble-de-cases-a-cocher-validees = Grupo de casillas de verificación validadas
tm-ensemble-de-cases-a-cocher-avec-3 = Grupo de casillas de verificación con error, en línea
tm-ensemble-de-cases-a-cocher-validees-2 = Grupo de casillas de verificación validadas, en línea
tm-ensemble-de-cases-a-cocher-avec-4 = Grupo de casillas de verificación con texto de ayuda específico
tm-ensemble-de-cases-a-cocher-avec-5 = Grupo de casillas de verificación con texto de ayuda específico, tamaño pequeño
tm-autres-versions = Otras versiones
tm-parametres-daffichage = Opciones de visualización

## dsfr: component/input

tm-libelle-champ-de-saisie = Etiqueta del campo de entrada
tm-envoyer = Enviar
tm-supprimer-le-champ = Eliminar el campo
tm-placeholder = Texto de ejemplo
tm-champ-de-saisie-input = Campo de entrada (input)
tm-les-champs-permettent-a-un-utilisateur = Los campos permiten a un usuario introducir contenido y datos.
tm-champ-de-type-text = Campo de tipo "text"
tm-champ-de-type-number = Campo de tipo "number"
tm-champ-de-type-search = Campo de tipo "search"
tm-champ-de-type-date = Campo de tipo "date"
tm-preferez-l-utilisation-du-modele-de = Es preferible usar el modelo de bloque de fecha única
tm-champ-de-type-textarea = Campo de tipo "textarea"
tm-champ-de-type-password = Campo de tipo "password"
tm-preferez-l-utilisation-du-composant-mot = Es preferible usar el componente Contraseña
tm-combo-champ-bouton-d-envoi = Combinación de campo y botón de envío
tm-combo-champ-bouton-d-action = Combinación de campo y botón de acción
tm-champ-avec-placeholder = Campo con texto de ejemplo (placeholder)
tm-champ-avec-valeur-initiale = Campo con valor inicial
tm-champ-avec-icone-personalisee = Campo con icono personalizado
tm-champ-desactive = Campo desactivado
tm-champ-avec-texte-additionnel = Campo con texto adicional
tm-champ-valide-avec-texte-de-succes = Campo válido con texto de éxito
tm-champ-en-erreur-avec-texte-d = Campo con error y texto de error

## dsfr: component/password

tm-caracteres-minimum = { $n ->
        [one] { $n } carácter como mínimo
       *[other] { $n } caracteres como mínimo
    }
tm-la-demande-de-mot-de-passe = La solicitud de contraseña ayuda al usuario a crear o introducir una contraseña.
tm-mot-de-passe-password = Contraseña (password)
tm-mot-de-passe-avec-description = Contraseña con descripción
tm-mot-de-passe-apres-validation = Contraseña tras la validación
tm-mot-de-passe-de-connexion = Contraseña de acceso

## dsfr: component/radio

tm-libelle-bouton-radio = Etiqueta del botón de opción
tm-libelle-radio-sup-sub = Etiqueta del botón de opción sup sub
tm-le-bouton-radio-permettent-a = El botón de opción permite al usuario seleccionar una sola opción de una lista.
tm-bouton-radio-radio = Botón de opción (radio)
tm-bouton-radio-simple = Botón de opción simple
tm-ensemble-de-boutons-radio = Grupo de botones de opción
tm-ensemble-de-boutons-radio-petite-taille = Grupo de botones de opción, tamaño pequeño
tm-ensemble-de-boutons-radio-desactivees = Grupo de botones de opción desactivados
tm-ensemble-de-boutons-radio-en-ligne = Grupo de botones de opción en línea
tm-ensemble-de-boutons-radio-avec-texte = Grupo de botones de opción con texto de ayuda
tm-ensemble-de-boutons-radio-avec-erreur = Grupo de botones de opción con error
tm-ensemble-de-boutons-radio-avec-erreur-2 = Grupo de botones de opción con error, en línea
tm-ensemble-de-boutons-radio-valides = Grupo de botones de opción validados
tm-ensemble-de-boutons-radio-valides-en = Grupo de botones de opción validados, en línea
tm-ensemble-de-boutons-radio-avec-texte-2 = Grupo de botones de opción con texto de ayuda específico
tm-ensemble-de-boutons-radio-avec-texte-3 = Grupo de botones de opción con texto de ayuda específico, tamaño pequeño
tm-ensemble-de-boutons-radio-libelle-en = Grupo de botones de opción, etiqueta con subíndice y superíndice
tm-bouton-radio-riche = Botón de opción enriquecido
tm-ensemble-de-boutons-radio-riches-simple = Grupo de botones de opción enriquecidos, simple
tm-ensemble-de-boutons-radio-riches-en = Grupo de botones de opción enriquecidos, en línea, simple
tm-ensemble-de-boutons-radio-riches-sans = Grupo de botones de opción enriquecidos sin pictograma
tm-ensemble-de-boutons-radio-riches-sans-2 = Grupo de botones de opción enriquecidos sin pictograma, en línea
tm-ensemble-de-boutons-radio-riches-avec = Grupo de botones de opción enriquecidos con textos de ayuda
tm-ensemble-de-boutons-radio-riches-avec-2 = Grupo de botones de opción enriquecidos con textos de ayuda, en línea
tm-ensemble-de-boutons-radio-riches-avec-3 = Grupo de botones de opción enriquecidos con error y textos de ayuda
tm-ensemble-de-boutons-radio-riches-avec-4 = Grupo de botones de opción enriquecidos con error y textos de ayuda, en línea
tm-ensemble-de-boutons-radio-riches = Grupo de botones de opción enriquecidos desactivados

## dsfr: component/select

tm-libelle-pour-liste-deroulante = Etiqueta de la lista desplegable
tm-option = Opción { $n }
tm-selectionnez-une-option = Seleccione una opción
tm-la-liste-deroulante-permet-a-un = La lista desplegable permite a un usuario elegir un elemento de una lista dada.
tm-liste-deroulante-select = Lista desplegable (select)
tm-liste-deroulante-par-defaut = Lista desplegable por defecto
tm-liste-deroulante-desactivee = Lista desplegable desactivada
tm-liste-deroulante-avec-texte-de = Lista desplegable con texto de descripción
tm-liste-deroulante-valide = Lista desplegable válida
tm-liste-deroulante-erreur = Lista desplegable con error
tm-liste-deroulante-avec-groupe-d-options = Lista desplegable con grupo de opciones

## dsfr: component/upload

tm-ajouter-un-fichier = Añadir un archivo
tm-ajouter-des-fichiers = Añadir archivos
tm-ce-composant-permet-aux-utilisateurs-de = Este componente permite a los usuarios seleccionar y enviar uno o varios archivos.
tm-ajout-de-fichier-upload = Añadir archivo (upload)
tm-bouton-upload-1-seul-fichier = Botón de carga de 1 solo archivo
tm-bouton-upload-avec-erreur = Botón de carga con error
tm-bouton-upload-fichiers-multiples = Botón de carga de varios archivos
tm-bouton-upload-desactive = Botón de carga desactivado

## dsfr: layout/page/login/1-default

tm-connexion-a-nom-de-service-site = Acceso a [Nombre del servicio o sitio]
tm-format-attendu = Formato esperado: { $email }
tm-franceconnect-est-la-solution-proposee-2 = FranceConnect es la solución que ofrece el Estado para que el acceso a los servicios en línea sea seguro y sencillo.
tm-se-connecter-avec-franceconnect = Iniciar sesión con FranceConnect
tm-vous-navez-pas-de-compte = ¿No tiene cuenta?

## dsfr: layout/page/login/2-error

tm-identifiant-mot-de-passe-incorrect = Identificador o contraseña incorrectos

## dsfr: layout/page/login/3-recover/3a-form

tm-recuperer-le-mot-de-passe-de = Recuperar la contraseña de su cuenta
tm-description-veuillez-saisir-ladresse = Descripción — Introduzca la dirección de correo electrónico asociada a su cuenta. Le enviaremos más información para restablecer su contraseña
tm-recuperation-de-mot-de-passe-sur = Recuperación de contraseña en [Nombre del servicio o sitio]

## dsfr: layout/page/login/3-recover/3b-confirmation

tm-detail-si-vous-navez-pas-recu = Detalle — Si no ha recibido ningún correo (revise también la carpeta de correo no deseado), puede volver a introducir su dirección de correo electrónico.
tm-votre-demande-de-recuperation-de-mot = Su solicitud de recuperación de contraseña se ha enviado. Recibirá un correo electrónico dentro de unos instantes.

## dsfr: layout/page/login/3-recover

tm-pages-de-connexion = Páginas de acceso

## dsfr: layout/page/register/1-single

tm-creation-de-compte-sur-nom-de = Creación de cuenta en [Nombre del servicio o sitio]
tm-se-creer-un-compte-en-choisissant = Crear una cuenta eligiendo un identificador
tm-sauf-mention-contraire-tous-les-champs = Salvo que se indique lo contrario, todos los campos son obligatorios.

## dsfr: layout/page/register/2-steps/2a-login

tm-choisir-un-identifiant = Elegir un identificador
tm-etape-sur = Paso { $n } de { $count }
tm-etape-suivante-renseigner-une-identite = Paso siguiente: Indicar una identidad

## dsfr: layout/page/register/2-steps/2b-identity

tm-feminin = Femenino
tm-masculin = Masculino
tm-je-n-ai-pas-de-prenom = No tengo nombre de pila
tm-identite-personnelle = Identidad personal
tm-sexe = Sexo
tm-renseigner-une-identite = Indicar una identidad
tm-etape-suivante-saisir-des-coordonnees = Paso siguiente: Introducir los datos de contacto

## dsfr: layout/page/register/2-steps/2c-address

tm-complement-dadresse-optionnel = Información adicional de la dirección (opcional)
tm-coordonnees-personnelles = Datos de contacto personales
tm-adresse-postale = Dirección postal
tm-indication-numero-et-voie = Indicación: número y calle
tm-indication-batiment-immeuble-escalier-et = Indicación: bloque, edificio, escalera y número de piso
tm-exemple-montpellier = Ejemplo: Montpellier
tm-saisir-des-coordonnees = Introducir los datos de contacto

## dsfr: layout/page/register/2-steps

tm-pages-de-creation-de-compte = Páginas de creación de cuenta

## dsfr: layout/page/register/3-confirmation/3a-create

tm-votre-compte-a-bien-ete-cree = Su cuenta se ha creado. Dentro de unos instantes recibirá un correo electrónico con un enlace de confirmación.

## dsfr: layout/page/register/3-confirmation/3b-activate

tm-votre-compte-a-bien-ete-active = Su cuenta se ha activado. Ya puede empezar a usarla.

## dsfr: layout/pattern/address

tm-lieu-dit-commune-deleguee-ou-boite = Paraje (lieu-dit), municipio delegado o apartado de correos
tm-numero = Número
tm-voie = Calle
tm-batiment = Bloque
tm-immeuble = Edificio
tm-escalier = Escalera
tm-numero-d-appartement = Número de piso
tm-complement-d-adresse-postale = Información adicional de la dirección postal
tm-la-demande-dadresse-postale-permet = La solicitud de dirección postal ayuda al usuario a introducir su dirección.
tm-bloc-fonctionnel-d-adresse-postale = Bloque funcional de dirección postal (address)
tm-demande-dune-adresse-postale-nationale = Solicitud de una dirección postal en Francia
tm-demande-dune-adresse-postale-nationale-2 = Solicitud de una dirección postal en Francia + paraje, municipio delegado o apartado de correos
tm-complement-d-adresse = Información adicional de la dirección

## dsfr: layout/pattern/civility

tm-docteur = Doctor
tm-inspecteur = Inspector
tm-sans-reponse = Sin respuesta
tm-titre-dappel = Tratamiento
tm-demande-de-situation-familiale = Solicitud del estado civil
tm-demande-du-titre-dappel = Solicitud del tratamiento
tm-concubinage = Convivencia en pareja (sin casarse)
tm-pacse = Con PACS (pareja de hecho registrada)
tm-marie = Casado/a
tm-veuf = Viudo/a
tm-divorce = Divorciado/a
tm-recteur = Rector
tm-proviseur = Director de liceo
tm-professeur = Profesor
tm-principal = Director de colegio
tm-la-demande-de-civilite-permet-a = La solicitud de datos civiles permite a un usuario indicar sus datos (sexo, estado civil, tratamiento).
tm-les-boutons-radios-sont-recommandes = Los botones de opción se recomiendan cuando el usuario debe elegir un elemento entre 2 y 5 opciones posibles.
tm-au-dela-de-5-choix-ou = Con más de 5 opciones o cuando no hay espacio suficiente, es preferible usar una lista desplegable.
tm-bloc-fonctionnel-de-civilite-civility = Bloque funcional de datos civiles (civility)
tm-demande-du-sexe = Solicitud del sexo

## dsfr: layout/pattern/company

tm-numero-de-siret = Número SIRET
tm-denomination = Denominación social
tm-cedex = Cedex (código postal especial)
tm-type-de-societe = Tipo de sociedad
tm-nom-d-usage = Apellido de uso
tm-nom-de-naissance = Apellido de nacimiento
tm-fonction-dans-la-societe = Cargo en la sociedad
tm-siret-de-l-entreprise = SIRET de la empresa
tm-representant-moral-de-l-entreprise = Representante legal de la empresa
tm-indication-nom-de-famille-non-rectifie = Indicación: apellido no rectificado tras una decisión judicial.
tm-france = Francia
tm-allemagne = Alemania
tm-italie = Italia
tm-espagne = España
tm-royaume-uni = Reino Unido
tm-entrepreneur-individuel-ei = Empresario individual (EI)
tm-entreprise-unipersonnelle-a = Sociedad unipersonal de responsabilidad limitada (EURL)
tm-societe-a-responsabilite-limitee-sarl = Sociedad de responsabilidad limitada (SARL)
tm-societe-par-actions-simplifiee = Sociedad por acciones simplificada unipersonal (SASU)
tm-societe-par-actions-simplifiee-sas = Sociedad por acciones simplificada (SAS)
tm-societe-anonyme-sa = Sociedad anónima (SA)
tm-societe-en-nom-collectif-snc = Sociedad colectiva (SNC)
tm-societe-en-commandite-simple-scs = Sociedad comanditaria simple (SCS)
tm-societe-en-commandite-par-actions-sca = Sociedad comanditaria por acciones (SCA)
tm-la-demande-de-renseignement-sur-la = La solicitud de información sobre la sociedad ayuda al usuario a introducir los datos de su sociedad.
tm-bloc-fonctionnel-de-societe-company = Bloque funcional de sociedad (company)
tm-demande-d-un-numero-de-siret = Solicitud de un número SIRET
tm-demande-dune-adresse-de-siege-social = Solicitud de la dirección del domicilio social
tm-demande-dun-type-de-societe = Solicitud del tipo de sociedad
tm-demande-dun-representant-moral = Solicitud de un representante legal

## dsfr: layout/pattern/date

tm-indication-texte-de-description = Indicación: texto de descripción adicional
tm-exemple-2 = Ejemplo: { $n }
tm-le-jour-est-invalide = El día no es válido
tm-le-mois-est-invalide = El mes no es válido
tm-lannee-est-invalide = El año no es válido
tm-le-jour-est-invalide-le-mois-est = El día no es válido El mes no es válido El año no es válido
tm-la-date-est-posterieure-a-aujourdhui = La fecha es posterior a hoy
tm-le-champ-de-saisie-de-date = El campo de fecha fija se compone de tres campos de texto.
tm-bloc-fonctionnel-de-date-unique-date = Bloque funcional de fecha única (date)
tm-defaut = Por defecto
tm-erreur-unitaire = Error en un campo
tm-erreur-globale = Error global

## dsfr: layout/pattern/email

tm-indication-cette-adresse-est-utilisee = Indicación: esta dirección se usa únicamente para acceder al servicio.
tm-le-format-de-ladresse-electronique = El formato de la dirección de correo electrónico introducida no es válido. El formato esperado es: { $email }
tm-la-demande-d-email-est-un = La solicitud de correo electrónico es un bloque funcional para introducir una dirección de correo.
tm-bloc-fonctionnel-de-demande-d-email = Bloque funcional de solicitud de correo electrónico (email)
tm-demande-d-une-adresse-electronique = Solicitud de una dirección de correo electrónico
tm-demande-d-une-adresse-electronique-2 = Solicitud de una dirección de correo electrónico - Error
tm-demande-et-indication-de-traitement-dune = Solicitud de una dirección de correo electrónico con indicación de su tratamiento
tm-demande-et-indication-de-traitement-dune-2 = Solicitud de una dirección de correo electrónico con indicación de su tratamiento - Error

## dsfr: layout/pattern/name

tm-indication-ancien-nom = Indicación: apellido anterior…
tm-ajouter-un-prenom = Añadir un nombre de pila
tm-la-demande-de-nom-et-prenom = La solicitud de apellido y nombre ayuda al usuario a introducir su apellido y su nombre.
tm-bloc-fonctionnel-de-nom-et-prenom = Bloque funcional de apellido y nombre (name)
tm-demande-dun-nom-et-dun-prenom = Solicitud de apellido y nombre en Francia
tm-avec-prenom-desactive = Con el nombre desactivado
tm-avec-nom-d-usage = Con apellido de uso
tm-avec-nom-d-usage-prenom-desactive = Con apellido de uso + nombre desactivado
tm-avec-bouton = Con botón
tm-avec-bouton-prenom-desactive = Con botón + nombre desactivado
tm-demande-dun-nom-et-dun-prenom-2 = Solicitud de apellido y nombre en formato internacional

## dsfr: layout/pattern/nationality

tm-nationalite = Nacionalidad
tm-allemande = Alemana
tm-italienne = Italiana
tm-espagnole = Española
tm-la-demande-de-nationalite-permet-daider = La solicitud de nacionalidad ayuda al usuario a indicar su nacionalidad.
tm-bloc-fonctionnel-de-nationalite = Bloque funcional de nacionalidad (nationality)
tm-demande-de-nationalite = Solicitud de nacionalidad

## dsfr: layout/pattern/tel

tm-numero-de-telephone = Número de teléfono
tm-format-attendu-33-5-36-49 = Formato esperado: (+33) 5 36 49 68 27
tm-le-format-de-numero-de-telephone = El formato del número de teléfono introducido no es válido. El formato esperado es: (+33) 5 36 49 68 27
tm-la-demande-de-numero-de-telephone = La solicitud de número de teléfono es un bloque funcional para introducir un número de teléfono.
tm-bloc-fonctionnel-de-telephone-tel = Bloque funcional de teléfono (tel)
tm-demande-d-un-numero-de-telephone = Solicitud de un número de teléfono
tm-demande-d-un-numero-de-telephone-2 = Solicitud de un número de teléfono - Error

## app: react-demarche

tm-demande-de-titre-de-sejour-vie = Solicitud de permiso de residencia – vida privada y familiar
tm-identite-et-situation-familiale = Identidad y situación familiar
tm-les-champs-suivis-dun-asterisque-sont = Los campos seguidos de un asterisco ( * ) son obligatorios.
tm-si-vous-avez-plusieurs-prenoms-indiquez = Si tiene varios nombres de pila, indíquelos todos, separados por una coma.
tm-algerienne = Argelina
tm-afghane = Afgana
tm-erythreenne = Eritrea
tm-georgienne = Georgiana
tm-ukrainienne = Ucraniana
tm-votre-situation-a-la-date-de = Su situación en la fecha de la solicitud
tm-avez-vous-des-enfants-a-charge = ¿Tiene hijos a cargo?
tm-nom-et-prenom-du-conjoint = Apellido y nombre del cónyuge
tm-date-du-mariage = Fecha del matrimonio
tm-date-de-conclusion-du-pacs = Fecha de celebración del PACS (pareja de hecho registrada)
tm-ajouter-un-enfant = Añadir un hijo
tm-enfant-n = Hijo n.º { $numero }
tm-prenom-de-lenfant = Nombre del hijo
tm-date-de-naissance-de-lenfant = Fecha de nacimiento del hijo
tm-supprimer-lenfant-n = Eliminar el hijo n.º { $numero }
tm-etape-suivante-recapitulatif = Paso siguiente: Resumen
tm-exemple-06-12-34-56-78 = Ejemplo: 06 12 34 56 78
tm-10-chiffres-il-figure-sur-votre = 10 cifras, figura en su permiso de residencia o en su resguardo (récépissé)
tm-jatteste-sur-lhonneur-lexactitude-des = Declaro bajo mi palabra de honor que la información facilitada es exacta
tm-une-erreur-est-survenue-votre-dossier = Se ha producido un error No se ha podido presentar su expediente. Corrija los campos señalados y vuelva a presentar su expediente.
tm-le-champ-adresse-electronique-est = El campo «Dirección de correo electrónico» («Adresse électronique») no es válido. Introduzca una dirección de correo electrónico válida, por ejemplo nom@domaine.fr
tm-le-champ-numero-etranger-doit-comporter = El campo «Número de extranjero» («Numéro étranger») debe tener 10 cifras
tm-recapitulatif = Resumen
tm-votre-dossier-a-bien-ete-depose = Su expediente se ha presentado
tm-un-courriel-de-confirmation-vous-a = Se le ha enviado un correo electrónico de confirmación a la dirección { $email }.
tm-enfants-a-charge = Hijos a cargo

## app: vue-rdv

tm-prise-de-rendez-vous-guichet-titres = Pedir cita – Ventanilla de permisos de residencia
tm-vous-pouvez-prendre-rendez-vous-au = Puede pedir cita en la ventanilla «Permisos de residencia» («Titres de séjour») de la prefectura. Antes de empezar, lea las condiciones de uso del servicio: una sola cita por persona, toda solicitud incompleta será anulada.
tm-jaccepte-les-conditions-generales = Acepto las condiciones generales de uso
tm-vos-informations = Sus datos
tm-choisissez-le-motif-qui-correspond-a = Elija el motivo que corresponde a su situación
tm-remise-de-titre-de-sejour = Entrega del permiso de residencia
tm-premiere-demande-de-titre-de-sejour = Primera solicitud de permiso de residencia – estudiante
tm-renouvellement-de-titre-de-sejour = Renovación del permiso de residencia – asalariado
tm-duplicata-de-titre-de-sejour-perte = Duplicado del permiso de residencia (pérdida o robo)
tm-changement-dadresse-sur-le-titre-de = Cambio de dirección en el permiso de residencia
tm-tel-quil-figure-sur-votre-passeport = Tal como figura en su pasaporte
tm-la-convocation-vous-sera-envoyee-a = La citación (convocation) se le enviará a esta dirección
tm-etape-suivante = Paso siguiente
tm-veuillez-choisir-le-motif-de-votre = Elija el motivo de su cita
tm-ce-champ-est-obligatoire = Este campo es obligatorio
tm-veuillez-saisir-une-adresse-electronique = Introduzca una dirección de correo electrónico válida
tm-le-numero-etranger-comporte-10-chiffres = El número de extranjero tiene 10 cifras
tm-recommencer = Volver a empezar

## app: angularjs-caf

tm-declarez-les-ressources-percues-par-2 = Declare los ingresos percibidos por su hogar durante los tres últimos meses. Sin esta declaración, se suspenderá el pago de su RSA o de su complemento por trabajo (prime d’activité).
tm-7-chiffres-il-figure-sur-tous = 7 cifras, figura en todas sus cartas de la Caf
tm-avez-vous-percu-des-salaires-au = ¿Ha percibido salarios durante el trimestre?
tm-votre-situation-familiale-a-t-elle = ¿Ha cambiado su situación familiar?
tm-indiquez-le-montant-net-avant = Indique el importe neto antes de la retención en la fuente, o 0 si no percibió nada ese mes.
tm-montant-des-salaires-percus-mois-en = Importe de los salarios percibidos – mes { $n } (en euros)
tm-salaire-net-primes-comprises = Salario neto, primas incluidas
tm-nature-du-changement = Tipo de cambio
tm-choisissez = Elija…
tm-mariage = Matrimonio
tm-pacs = PACS (pareja de hecho registrada)
tm-vie-en-couple = Vida en pareja
tm-separation = Separación
tm-naissance-ou-arrivee-dun-enfant = Nacimiento o llegada de un hijo
tm-deces-du-conjoint = Fallecimiento del cónyuge
tm-date-du-changement = Fecha del cambio
tm-a-savoir-la-date-figure-sur = Para saber: la fecha figura en el acta o en el justificante del cambio (DD/MM/AAAA).
tm-le-numero-allocataire-comporte-7 = El número de beneficiario tiene 7 cifras.
tm-indiquez-un-montant-en-euros-par = Indique un importe en euros, por ejemplo 1250 o 0.
tm-la-date-doit-etre-au-format = La fecha debe tener el formato DD/MM/AAAA.
tm-votre-declaration-contient-erreurs = Su declaración contiene { $n ->
        [one] { $n } error
       *[other] { $n } errores
    }.
tm-envoi-de-votre-declaration-en-cours = Enviando su declaración…
tm-votre-declaration-a-bien-ete-enregistree = Su declaración se ha registrado.

## app: rrweb-anef

tm-votre-session-a-expire-pour-des = Su sesión ha caducado Por motivos de seguridad, se ha cerrado su sesión. Vuelva a iniciar sesión.
tm-veuillez-saisir-votre-identifiant-votre = Introduzca su identificador: su número de extranjero o su dirección de correo electrónico.
