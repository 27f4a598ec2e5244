### Relais — translation memory, Portuguese (European) (pt): the same ids, order and groups as locales/fr/portals.ftl.
### Each value is a full translation of the French portal string (the portal's own English, en/portals.ftl,
### used only as a help). Variables ({ $n }, { $date }, { $email }…) are kept; a number that counts
### a noun takes this language's plural forms. French names of buttons and pages the person must find
### on screen are given in French in quotes.
### Machine-drafted by an AI model (Claude), December 2026. Not reviewed by a native speaker.


## ds: components account_dropdown_component

tm-passer-en-super-admin = Mudar para superadministrador
tm-passer-en-usager = Mudar para utilizador
tm-passer-en-instructeur = Mudar para instrutor
tm-passer-en-expert = Mudar para perito
tm-passer-en-gestionnaire = Mudar para gestor
tm-se-deconnecter = Terminar sessão

## ds: components attachment

tm-reessayer = Tentar novamente
tm-supprimer-le-fichier = Eliminar o ficheiro { $file }
tm-plusieurs-fichiers-possibles = Pode juntar vários ficheiros.
tm-remplacer-le-fichier = Substituir o ficheiro { $file }
tm-le-format-pdf-est-generalement-le = O formato .PDF é geralmente o mais prático, porque pode ser lido facilmente em todos os dispositivos.
tm-virus-detecte-merci-denvoyer-un-autre = Vírus detetado, envie outro ficheiro, por favor.
tm-le-fichier-est-corrompu-merci-denvoyer = O ficheiro está danificado, envie outro ficheiro, por favor.
tm-ajoutee-le = Adicionado em { $date }
tm-modifiee-le = Alterado em { $date }
tm-le-traitement-de-votre-piece-jointe = O processamento do seu anexo está a demorar mais do que o previsto.
tm-le-traitement-de-vos-pieces-jointes = O processamento dos seus anexos está a demorar mais do que o previsto.
tm-cela-ne-vous-empeche-pas-de = Isto não o impede de submeter o seu processo, se o desejar.
tm-chargement-de-fichier = A carregar o ficheiro
tm-virus-detecte-le-telechargement-est = Vírus detetado, a descarga está bloqueada.
tm-apercu-non-disponible = Pré-visualização indisponível

## ds: components autosave_notice_component

tm-formulaire-en-erreur = Formulário com erros

## ds: components dossiers

tm-adresse = Morada
tm-pays = País
tm-autres-informations-sur-lorganisme-sur = ➡ Mais informações sobre o organismo em «annuaire-entreprises.data.gouv.fr»
tm-brouillon-enregistre-avec-succes = Rascunho guardado com sucesso
tm-attention-impossible-denregistrer-le = Atenção: não foi possível guardar o rascunho.
tm-vos-modifications-sont-automatiquement = As suas alterações são guardadas automaticamente.
tm-deposez-les-quand-vous-aurez-termine = Submeta-as quando tiver terminado.
tm-modifications-enregistrees-avec-succes = Alterações guardadas com sucesso
tm-annotations-enregistrees-avec-succes = Anotações guardadas com sucesso
tm-attention-impossible-denregistrer-les = Atenção: não foi possível guardar as anotações.
tm-commune = Município
tm-les-dossiers-ont-ete-supprimes-vous = Os processos foram eliminados. Já não os pode recuperar pelos seguintes motivos:
tm-vous-avez-supprime-votre-dossier = Eliminou o seu processo.
tm-deposer-le-dossier = Submeter o processo
tm-deposer-les-modifications = Submeter as alterações
tm-pourquoi-je-ne-peux-pas-deposer = Porque é que não posso submeter o meu processo?
tm-verifier-le-dossier = Verificar o processo
tm-envoi-en-cours = A enviar…
tm-en-tant-quinvite-vous-pouvez-remplir = Como convidado, pode preencher este formulário, mas o titular do processo tem de o submeter ele próprio.
tm-des-modifications-nont-pas-encore-ete = Há alterações que ainda não foram submetidas
tm-vous-avez-apporte-des-modifications = Fez alterações depois de submeter o seu processo. Submeta-as para que a administração as tenha em conta.
tm-continuer-a-modifier = Continuar a alterar
tm-votre-dossier-contient-1-champ-en = O seu processo contém 1 campo com erro
tm-votre-dossier-contient-champs-en-erreur = O seu processo contém { $n ->
        [one] { $n } campo com erro
       *[other] { $n } campos com erro
    }
tm-corrigez-la-pour-poursuivre = Corrija-o para continuar:
tm-corrigez-les-pour-poursuivre = Corrija-os para continuar:
tm-plus-dinformations = Mais informações
tm-moins-dinformations = Menos informações
tm-votre-identite = A sua identidade
tm-vous-agissez-en-tant-que-mandataire = Está a agir como mandatário, seja a título profissional (como contabilista, advogado, funcionário público…), seja a título pessoal (família). Certifique-se de que respeita as condições dos
tm-articles-1984-et-suivants-du-code = Artigos 1984.º e seguintes do Código Civil.
tm-identite-du-beneficiaire = Identidade do beneficiário
tm-vous-ne-pouvez-pas-deposer-votre = Não pode submeter o seu processo
tm-repondre = Responder
tm-invite = Convidado
tm-supprimer-le-message = Eliminar a mensagem
tm-supprimer-la-demande-de-correction-et = Eliminar o pedido de correção e esta mensagem
tm-supprimer-le-message-en-attente-de = Eliminar a mensagem que aguarda resposta
tm-etes-vous-sur-de-vouloir-supprimer = Tem a certeza de que quer eliminar esta mensagem?
tm-email-automatique = E-mail automático
tm-vous = Você
tm-message-supprime = Mensagem eliminada
tm-non-lu = Não lida
tm-usager = Utilizador
tm-vous-devez-effectuer-les-modifications = Tem de fazer as alterações pedidas, alterando o seu processo.
tm-modifier-le-dossier = Alterar o processo
tm-cree-depuis-le = Criado desde
tm-depose-depuis-le = Submetido desde
tm-appliquer-les-filtres = Aplicar os filtros
tm-reinitialiser-les-filtres = Repor os filtros
tm-selectionner-un-filtre = Selecionar um filtro
tm-1-filtre-actif = 1 filtro ativo
tm-filtres-actifs = { $n ->
        [one] { $n } filtro ativo
       *[other] { $n } filtros ativos
    }
tm-supprimer-1-filtre-actif = Remover 1 filtro ativo
tm-selectionner-un-statut = Selecionar um estado
tm-afficher-les-dossiers-par-demarche = Mostrar os processos por procedimento
tm-afficher = Mostrar

## ds: components dsfr

tm-telecharger-le-fichier = Descarregar o ficheiro
tm-ce-lien-est-ephemere-et-ne = Esta ligação é temporária e não deve ser partilhada.
tm-afficher-le-mot-de-passe = Mostrar a palavra-passe
tm-afficher-la-confirmation-du-mot-de = Mostrar a confirmação da palavra-passe
tm-ladresse-electronique-semble-erronee = O endereço de e-mail parece estar errado
tm-vouliez-vous-ecrire = Queria escrever:
tm-recherche-en-cours-pour-le-siret = Pesquisa em curso para o SIRET { $value }…
tm-au-capital-social-de = { $name } { $forme_juridique } com um capital social de { $amount }
tm-donnee-remplie-automatiquement = Dado preenchido automaticamente.
tm-une-erreur-est-survenue-lors-de = Ocorreu um erro ao analisar o seu documento. Ignore esta mensagem se tiver a certeza do seu ficheiro.
tm-masquer-le-message = Ocultar a mensagem

## ds: components editable_champ

tm-numero-et-nom-de-voie-ou = Número e nome da rua, ou lugar
tm-une-erreur-est-survenue-lors-de-2 = Ocorreu um erro durante a pesquisa
tm-une-erreur-est-survenue-lors-de-3 = Ocorreu um erro durante a pesquisa. Se o problema persistir, assinale «Não encontro a minha morada nas sugestões» («Je ne trouve pas mon adresse dans les suggestions») e continue.
tm-ville = Cidade
tm-exemple-london = Exemplo: London
tm-ville-ou-commune = Cidade ou município
tm-renseignez-le-nom-ou-le-code = Indique o nome ou o código postal da cidade e, depois, selecione o município na lista. Exemplo: Strasbourg
tm-code-postal = Código postal
tm-je-ne-trouve-pas-mon-adresse = Não encontro a minha morada nas sugestões
tm-saisissez-une-adresse-une-voie-un = Introduza uma morada, uma rua, um lugar ou um município. Exemplo: 11 rue Réaumur, Paris
tm-centrer-la-carte-en-recherchant-une = Centrar o mapa pesquisando uma morada
tm-commencez-a-saisir = Comece a escrever
tm-ajouter-un-point-sur-la-carte = Adicionar um ponto no mapa
tm-exemple = Exemplo:
tm-afficher-votre-position-sur-la-carte = Mostrar a sua posição no mapa
tm-ajouter-le-point-avec-les-coordonnees = Adicionar o ponto com as coordenadas introduzidas no mapa
tm-ajouter-un-fichier-gpx-ou-kml = Adicionar um ficheiro GPX ou KML
tm-supprimer-le-fichier-2 = Eliminar o ficheiro
tm-modification-a-deposer = alteração por submeter
tm-information-champ-actualise-par = Informação: campo atualizado pela administração. Verifique o seu conteúdo.
tm-la-taille-maximale-conseillee-est-de = O tamanho máximo aconselhado é de { $n ->
        [one] { $n } carácter
       *[other] { $n } caracteres
    }.
tm-le-numero-dallocataire-caf = O número de beneficiário da CAF
tm-il-est-generalement-compose-de-7 = Tem geralmente 7 algarismos.
tm-le-code-postal = O código postal
tm-il-est-generalement-compose-de-5 = Tem geralmente 5 algarismos.
tm-numero-daccreditation = Número de acreditação
tm-format-jj-mm-aaaa = Formato: DD/MM/AAAA
tm-le-numero-fiscal = O número fiscal
tm-il-est-generalement-compose-de-13 = Tem geralmente 13 ou 14 caracteres.
tm-la-reference-davis-dimposition = A referência da nota de liquidação do imposto (avis d’imposition)
tm-elle-est-generalement-composee-de-13 = Tem geralmente 13 ou 14 caracteres.
tm-identifiant-national-etudiant-il-est = Identificador Nacional de Estudante. É geralmente composto por letras e algarismos.
tm-identifiant = Identificador
tm-il-est-generalement-compose-de = É geralmente composto por letras e algarismos.
tm-ajouter-un-element-supplementaire-a = Adicionar mais um elemento a «{ $name }»
tm-supprimer = Eliminar { $name } { $n }
tm-aucune-fondation-trouvee = Nenhuma fundação encontrada
tm-ce-rnf-correspond-a = Este RNF corresponde a: { $name }, { $address }
tm-il-vous-reste-caracteres = { $n ->
        [one] Resta-lhe { $n } carácter.
       *[other] Restam-lhe { $n } caracteres.
    }
tm-vous-avez-atteint-la-taille-maximale = Atingiu o tamanho máximo aconselhado.
tm-oui = Sim

## ds: components expandable_error_list

tm-afficher-toutes-les-erreurs = Mostrar todos os erros

## ds: components password_complexity_component

tm-mot-de-passe-acceptable-vous-pouvez = Palavra-passe aceitável. Pode validar… ou melhorar a sua palavra-passe.
tm-mot-de-passe-vulnerable = Palavra-passe vulnerável.
tm-mot-de-passe-tres-vulnerable = Palavra-passe muito vulnerável.
tm-pour-un-mot-de-passe-securise = Para uma palavra-passe segura, evite usar sequências ou repetições dos mesmos caracteres. Pode, por exemplo, escolher uma frase (com espaços) de que se lembre facilmente.

## ds: components switch_domain_banner_component

tm-suivez-ce-lien-pour-vous-connecter = Siga esta ligação para iniciar sessão no novo endereço.
tm-nous-avons-detecte-une-erreur-reseau = Detetámos um erro de rede que nos impede de o redirecionar para lá. Contacte o seu serviço de informática para autorizar o acesso a demarche.numerique.gouv.fr.

## ds: errors

tm-nest-pas-dun-type-accepte = não é de um tipo aceite
tm-est-trop-lourd-e-le-fichier = é demasiado grande. O ficheiro deve ter no máximo { $amount }.

## ds: devise

tm-demander-un-nouveau-mot-de-passe = Pedir uma nova palavra-passe
tm-vous-etes-connecte-e-vous-pouvez = Iniciou sessão! Pode alternar a qualquer momento entre os seus diferentes perfis: { $roles }.
tm-vous-etes-maintenant-deconnecte-e = Terminou a sessão.

## ds: users

tm-votre-compte-a-deja-ete-active = A sua conta já foi ativada.

## ds: insee_down

tm-linsee-est-indisponible-les-informations = O INSEE está indisponível; as informações sobre a empresa chegarão dentro de algumas horas.

## ds: invisible_captcha

tm-si-vous-etes-un-humain-laissez = Se é um ser humano, deixe este campo vazio

## ds: clipboard

tm-copie = Copiado

## ds: help_dropdown

tm-trouvez-votre-reponse-dans-la = Encontre a sua resposta na
tm-contact-technique = Contacto técnico
tm-envoyez-nous-un-message-a = Envie-nos uma mensagem para { $email }.
tm-besoin-daide-pour-remplir-votre-dossier = Precisa de ajuda para preencher o seu processo?

## ds: utils

tm-nombre-a-virgule = Número decimal
tm-nombre-entier = Número inteiro
tm-liste-a-choix-multiple = Lista de escolha múltipla
tm-deconnexion = Terminar sessão
tm-pieces-jointes = Anexos
tm-les-champs-suivis-dun-asterisque = Os campos seguidos de um asterisco ( obrigatório ) são obrigatórios.
tm-facultatif = (facultativo)
tm-envoyer-le-message = Enviar a mensagem
tm-nouvel-onglet = Novo separador

## ds: skiplinks

tm-acces-rapide = Acesso rápido
tm-contenu = Conteúdo

## ds: combo_search_component

tm-quand-les-resultats-de-lautocomplete = Quando os resultados do preenchimento automático estiverem disponíveis, use as setas para cima e para baixo para navegar na lista de resultados. Prima Enter para selecionar um resultado. Prima Esc para fechar a lista de resultados.
tm-aucun-resultat = Nenhum resultado
tm-1-resultat = 1 resultado
tm-resultats = resultados

## ds: layouts

tm-un-outil-simple-pour-gerer-les = Uma ferramenta simples para gerir os formulários administrativos digitais.
tm-mon-compte = A minha conta
tm-revenir-en-arriere = Voltar atrás
tm-revenir-en-arriere-sur-le-site = Voltar atrás, para o site da minha administração
tm-menu-principal = Menu principal
tm-mes-dossiers = Os meus processos
tm-consulter-mon-dossier = Consultar o meu processo
tm-jai-une-question = Tenho uma pergunta
tm-aller-a-la-page-daccueil = Ir para a página inicial

## ds: views

tm-creation-de-compte-sur = Criação de conta em { $name }
tm-se-creer-un-compte-avec-une = Criar uma conta com um endereço de e-mail
tm-adresse-electronique = Endereço de e-mail
tm-mot-de-passe-caracteres-minimum = Palavra-passe (mínimo { $n ->
        [one] { $n } carácter
       *[other] { $n } caracteres
    })
tm-avant-deffectuer-votre-demarche-nous = Antes de tratar do seu procedimento, precisamos de verificar o seu endereço de e-mail { $email }.
tm-ouvrez-votre-boite-email-et-cliquez = Abra a sua caixa de correio e clique na ligação de ativação da mensagem que recebeu.
tm-renvoyer-un-email-de-confirmation = Reenviar um e-mail de confirmação
tm-lautorisation-de-vient-detre-revoquee = A autorização de { $email } acaba de ser revogada. Pode convidar outra pessoa.
tm-vous-ne-pouvez-pas-revoquer-cette = Não pode revogar esta autorização
tm-inviter-une-personne-a-modifier-ce = Convidar uma pessoa a alterar este processo
tm-gestion-des-invites = Gestão dos convidados
tm-les-invites-ont-le-droit-de = Os convidados têm o direito de ver e alterar o seu processo.
tm-ajouter-un-invite = Adicionar um convidado
tm-envoyer-une-invitation = Enviar um convite
tm-revoquer-lacces = Revogar o acesso
tm-aucun-invite-ne-peut-voir-et = Neste momento, nenhum convidado pode ver nem alterar este processo.
tm-1-personne-invitee = 1 pessoa convidada
tm-personnes-invitees = { $n ->
        [one] { $n } pessoa convidada
       *[other] { $n } pessoas convidadas
    }
tm-une-fois-le-dossier-complet-vous = Quando o processo estiver completo, terá de o submeter você mesmo.
tm-dernier = Último
tm-precedent = Anterior
tm-premier = Primeiro
tm-lusager-a-supprime-son-compte = (o utilizador eliminou a sua conta)
tm-cordialement = Com os melhores cumprimentos,
tm-modifie-par-lusager-le = Alterado pelo utilizador em { $date }
tm-passe-en-instruction-le = Passou a estar em análise em { $date }
tm-accepte-le = Aceite em { $date }
tm-classe-sans-suite-le = Arquivado sem seguimento em { $date }
tm-telecharger-lattestation = Descarregar a declaração
tm-votre-dossier-est-enregistre = O seu processo é guardado automaticamente após cada alteração. Pode fechar a janela a qualquer momento e retomar mais tarde onde parou.
tm-envoyer-et-marquer-le-dossier = Enviar e marcar o processo
tm-en-attente-de-reponse = A AGUARDAR RESPOSTA
tm-votre-message-obligatoire = A sua mensagem (obrigatório)
tm-ecrivez-votre-message-a-l-administration = Escreva aqui a sua mensagem para a administração
tm-identite-du-demandeur = Identidade do requerente
tm-identite-du-mandataire = Identidade do mandatário
tm-sections-du-formulaire = Secções do formulário
tm-modifier-le-siret = Alterar o SIRET
tm-lusager-a-pris-connaissance-de-la = O utilizador tomou conhecimento da decisão sobre o seu processo em { $agreement }.
tm-identifier-votre-etablissement = Identifique o seu estabelecimento
tm-civilite = Forma de tratamento
tm-nom = Apelido
tm-renseignez-le-numero-de-siret-de = Indique o número SIRET da sua empresa, administração ou associação para começar o procedimento.
tm-pour-trouver-votre-numero-siret-utilisez = Para encontrar o seu número SIRET, use { $annuaire_link } ou informe-se junto do seu serviço de contabilidade.
tm-continuer = Continuar
tm-merci = Obrigado!
tm-votre-dossier-sur-la-demarche = O seu processo no procedimento
tm-a-bien-ete-envoye = foi enviado com sucesso.
tm-vous-avez-desormais-acces-a-votre = Tem agora acesso ao seu
tm-dossier-en-ligne = processo online.
tm-vous-pouvez = Pode
tm-le-modifier = alterá-lo
tm-et = e
tm-echanger-avec-un-instructeur = falar com um instrutor.
tm-telecharger-mon-dossier = Descarregar o meu processo
tm-telecharger-mon-attestation = Descarregar a minha declaração
tm-suivi-de-votre-dossier = Acompanhamento do seu processo
tm-votre-dossier = O seu processo
tm-dossier-n = Processo n.º { $n }
tm-en-brouillon-depuis-le = - Em rascunho desde { $date }
tm-dossier-pdf = dossier-{ $n }.pdf (PDF do processo)
tm-brouillon = rascunho
tm-votre-dossier-est-en-cours-dinstruction = O seu processo está a ser analisado pela administração. Já não o pode alterar.
tm-votre-dossier-est-soumis-au-cadre = O seu processo está sujeito ao quadro legal «Silence Vaut Accord» (o silêncio vale como aceitação)
tm-votre-dossier-est-soumis-au-cadre-2 = O seu processo está sujeito ao quadro legal «Silence Vaut Rejet» (o silêncio vale como recusa)
tm-termine = concluído
tm-vous-avez-une-question-utilisez-la = Tem uma pergunta? Use a caixa de mensagens para contactar diretamente a administração.
tm-motivation = Fundamentação:
tm-attestation = Declaração:
tm-votre-dossier-a-ete-accepte = O seu processo foi aceite
tm-motif-de-lacceptation = Motivo da aceitação
tm-votre-dossier-a-ete-refuse = O seu processo foi recusado
tm-envoyer-un-message-a-ladministration = Enviar uma mensagem à administração
tm-dernier-message = Última mensagem
tm-votre-prochain-rendez-vous = A sua próxima marcação
tm-voir-mon-rendez-vous-sur-rdv = Ver a minha marcação no RDV Service Public
tm-modifier-le-dossier-vous-pouvez-modifier = Alterar o processo - Pode alterar o seu processo enquanto não tiver passado a estar em análise
tm-rechercher-un-dossier-par-n-de = Pesquisar um processo (por n.º de processo, palavras-chave…)
tm-rechercher-un-dossier-par-n-de-2 = Pesquisar um processo (por n.º de processo, apelido / nome próprio, palavras-chave…)
tm-saisissez-votre-recherche = Escreva a sua pesquisa
tm-resultat-de-la-recherche-pour = Resultado da pesquisa para «{ $search_terms }»
tm-et-pour-la-procedure = e para o procedimento «{ $name }»
tm-dossier-numero = Processo número { $n }
tm-ladministration-ne-traitera-plus-votre = A administração já não vai tratar o seu pedido.
tm-dossier-n-2 = processo n.º
tm-ne-correspond-aux-termes-recherches = não corresponde aos termos pesquisados
tm-ne-correspond-aux-filtres-selectionnes = não corresponde aos filtros selecionados
tm-cette-demarche-est-close-vous-ne = Este procedimento está encerrado Não pode submeter este processo. Convidamo-lo a submeter um novo em { $link }, que o substitui.
tm-cette-demarche-est-close-vous-ne-2 = Este procedimento está encerrado Não pode submeter este processo, nem submeter um novo para este procedimento. { $link }
tm-cette-demarche-est-close-votre-dossier = Este procedimento está encerrado O seu processo foi submetido e pode ser analisado pela administração. Se necessário, pode submeter um novo processo em { $link }, que o substitui.
tm-cette-demarche-est-close-votre-dossier-2 = Este procedimento está encerrado O seu processo foi submetido e pode ser analisado pela administração. Não pode submeter um novo processo para este procedimento. { $link }
tm-cette-demarche-est-close-votre-dossier-3 = Este procedimento está encerrado O seu processo foi tratado pela administração. Se necessário, pode submeter um novo processo em { $link }, que o substitui.
tm-cette-demarche-est-close-votre-dossier-4 = Este procedimento está encerrado O seu processo foi tratado pela administração. Não pode submeter um novo processo para este procedimento. { $link }
tm-nouvelle-demarche-disponible = Novo procedimento disponível
tm-cette-demarche = este procedimento
tm-ce-dossier-attend-vos-corrections = Este processo aguarda as suas correções Consulte as alterações a fazer na caixa de mensagens do processo número { $n }.
tm-ce-dossier-attend-votre-reponse = Este processo aguarda a sua resposta
tm-consultez-la-messagerie-du-dossier = Consulte a caixa de mensagens do processo número { $n } e responda à administração.
tm-cree-le = Criado em { $date }
tm-mis-a-la-corbeille-automatiquement-le = Movido automaticamente para o lixo em { $date } porque o prazo máximo de conservação foi atingido
tm-commencer-un-nouveau-dossier = Começar um novo processo
tm-dupliquer-le-dossier = Duplicar o processo
tm-voulez-vous-vraiment-mettre-a-la = Quer mesmo mover este processo para o lixo?
tm-en-continuant-vous-allez-supprimer-ce = Se continuar, vai eliminar este processo, as informações que contém e o respetivo pedido de transferência para { $email }. Qualquer eliminação implica a anulação do procedimento em curso. Confirmar a eliminação?
tm-continuer-a-remplir = Continuar a preencher
tm-restaurer = Restaurar
tm-restaurer-et-etendre-la-conservation-du = Restaurar e prolongar a conservação do processo número { $id } ({ $duree_conservation_dossiers_dans_ds } meses)
tm-autres-actions = Outras ações
tm-le-support-technique = O suporte técnico
tm-une-demande-de-transfert-est-en = Está em curso um pedido de transferência do processo n.º { $n } para { $email }
tm-une-demande-de-transfert-par-le = Está em curso um pedido de transferência pelo suporte técnico do processo n.º { $n } para { $email }
tm-demande-de-transfert-par-le-support = Pedido de transferência pelo suporte técnico do processo n.º { $n } de { $email }
tm-accepter = Aceitar
tm-refuser = Recusar
tm-connexion-a = Iniciar sessão em { $name }
tm-mot-de-passe-oublie = Esqueceu-se da palavra-passe?
tm-trouvez-votre-demarche = Encontre o seu procedimento
tm-vous-etes-agent-de-la-fonction = É funcionário da administração pública do Estado?
tm-accedez-a-notre-page-dediee = Aceda à nossa página dedicada
tm-se-connecter-avec-son-compte = Iniciar sessão com a sua conta
tm-si-vous-voyez-cette-page-trop = Se vê esta página demasiadas vezes, consulte a nossa ajuda.
tm-changement-de-mot-de-passe = Alteração da palavra-passe
tm-changer-le-mot-de-passe = Alterar a palavra-passe
tm-si-un-compte-existe-avec-ladresse = Se existir uma conta com o endereço { $email }, enviámos-lhe um e-mail para redefinir a sua palavra-passe.
tm-vous-navez-pas-recu-lemail = Não recebeu o e-mail?
tm-verifiez-la-boite-indesirables-ou-spam = Verifique a pasta de lixo eletrónico ou spam da sua caixa de correio.
tm-vous-etes-vous-connecte-avec-france = Já iniciou sessão com France Connect no passado? Nesse caso, tente novamente com France Connect.
tm-le-compte-a-pu-etre-supprime = A conta pode ter sido eliminada por inatividade prolongada e sem processos em curso. Nesse caso, terá de criar de novo uma conta a partir de um procedimento.
tm-lien-de-reinitialisation-du-mot-de = Ligação de redefinição da palavra-passe enviada
tm-attention-ce-courriel-peut-mettre-jusqua = Atenção, este e-mail pode demorar até 15 minutos a chegar.
tm-en-cas-de-difficultes-nous-restons = Em caso de dificuldade, continuamos contactáveis através deste formulário.

## ds: modal

tm-publier-la-demarche = Publicar o procedimento
tm-reactiver-la-demarche = Reativar o procedimento
tm-vous-vous-appretez-a-publier-votre = Está prestes a publicar o seu procedimento para o público.
tm-vous-vous-appretez-a-reactiver-votre = Está prestes a reativar o seu procedimento.
tm-publier = Publicar

## ds: activerecord

tm-la-nouvelle-adresse-electronique = O novo endereço de e-mail
tm-numero-siret = Número SIRET
tm-la-demarche-est-mise-en-uvre = O procedimento é executado por
tm-valeur-du-champ = Valor do campo
tm-lobjet-genere-sera-tronque-sil-depasse = O assunto gerado será cortado se ultrapassar 100 caracteres.
tm-est-invalide-saisissez-un-numero-de = é inválido. Introduza um número de telefone válido. Exemplo: 0612345678
tm-nest-pas-un-lien-valide = não é uma ligação válida
tm-aucun-resultat-ne-correspond-a-votre = Nenhum resultado corresponde à sua pesquisa.
tm-trop-de-demandes-nous-reessayons-pour = Demasiados pedidos. Estamos a tentar novamente por si.
tm-erreur-du-serveur-nous-reessayons-pour = Erro do servidor. Estamos a tentar novamente por si.
tm-service-indisponible-nous-reessayons = Serviço indisponível. Estamos a tentar novamente por si.
tm-la-demande-a-pris-trop-de = O pedido demorou demasiado tempo. Estamos a tentar novamente por si.
tm-probleme-de-connexion-nous-reessayons = Problema de ligação. Estamos a tentar novamente por si.
tm-resultat-introuvable-verifiez-vos = Resultado não encontrado. Verifique as suas informações.
tm-non-autorise-connectez-vous-pour = Não autorizado. Inicie sessão para continuar.
tm-invitation-deja-envoyee = : Convite já enviado
tm-votre-lien-de-nouveau-mot-de = : A sua ligação para uma nova palavra-passe expirou. Peça uma nova.
tm-nest-pas-assez-complexe-saisir-un = não é suficientemente complexa. Introduza uma palavra-passe mais complexa
tm-les-deux-mots-de-passe-ne = : As duas palavras-passe não coincidem
tm-ne-peut-etre-identique-a-lancienne = não pode ser igual ao anterior. Introduza outro endereço de e-mail
tm-est-deja-utilise-par-une-demarche = já é utilizado por um procedimento. Não o pode utilizar porque pertence a outro administrador.
tm-nest-pas-valide-il-doit-comporter = não é válido. Deve ter pelo menos 3 caracteres e no máximo 200 caracteres, e só são permitidos os caracteres a-z, 0-9, '_' e '-'.
tm-ne-peut-pas-etre-utilise-car = não pode ser utilizado porque é a última ligação do procedimento.
tm-doit-posseder-13-ou-14-caracteres = deve ter 13 ou 14 caracteres
tm-doit-etre-dans-les-options-proposees = deve estar entre as opções propostas
tm-doit-etre-un-nom-de-region = deve ser um nome de região válido
tm-doit-etre-un-code-de-region = deve ser um código de região válido
tm-doit-etre-un-nom-de-departement = deve ser um nome de departamento válido
tm-doit-etre-un-code-de-departement = deve ser um código de departamento válido
tm-doit-etre-un-code-depci-du = deve ser um código de EPCI do departamento correspondente
tm-doit-etre-un-nom-depci-du = deve ser um nome de EPCI do departamento correspondente
tm-doit-etre-un-entier = deve ser um número inteiro

## ds: errors

tm-le-champ = O campo «{ $attribute }» { $message }
tm-le-dossier-nexiste-pas-ou-vous = O processo não existe ou não tem acesso a ele.
tm-ce-lien-dinvitation-nest-plus-valable = Esta ligação de convite já não é válida ou o processo já não está acessível.
tm-une-erreur-est-survenue-lors-de-4 = Ocorreu um erro ao ligar-se ao FranceConnect. Tente novamente.
tm-seul-e-s-les-usagers-peuvent = Só os utilizadores podem iniciar sessão através do France Connect. Se é instrutor ou administrador, convidamo-lo a redefinir a sua palavra-passe.
tm-desole-la-recuperation-des-informations = Lamentamos, a obtenção das informações SIRET está temporariamente indisponível. Tente novamente dentro de alguns instantes.
tm-nous-navons-pas-trouve-detablissement = Não encontrámos nenhum estabelecimento correspondente a este número SIRET.
tm-lexpression-reguliere-que-vous-avez = A expressão regular que introduziu é potencialmente perigosa e pode causar problemas de desempenho
tm-lexemple-doit-correspondre-a-lexpression = O exemplo deve corresponder à expressão regular fornecida
tm-doit-etre-un-nombre-superieur-ou = deve ser um número maior ou igual a { $n }
tm-doit-etre-un-nombre-inferieur-ou = deve ser um número menor ou igual a { $n }
tm-doit-etre-une-date-dans-le = deve ser uma data no passado
tm-doit-etre-une-date-comprise-entre = deve ser uma data entre { $start_date } e { $end_date }
tm-doit-etre-une-date-superieure-ou = deve ser uma data igual ou posterior a { $date }
tm-doit-etre-une-date-inferieure-ou = deve ser uma data igual ou anterior a { $date }
tm-doit-comprendre-entre-1-et-3 = deve ter entre 1 e 3 algarismos depois do ponto
tm-doit-etre-une-date-correctement-formatee = deve ser uma data no formato correto
tm-doit-etre-une-date-et-heure = deve ser uma data e hora no formato correto
tm-doit-etre-rempli = deve ser preenchido
tm-votre-session-a-ete-renouvelee-merci = A sua sessão foi renovada. Repita esta ação a partir desta página.

## ds: users

tm-ce-dossier-est-depose-sur-une = Este processo foi submetido num procedimento em teste. Qualquer alteração do procedimento pelo administrador (adição de um campo, publicação do procedimento...) implicará a sua eliminação.
tm-votre-dossier-ne-peut-plus-etre = O seu processo já não pode ser alterado
tm-completez-lidentification-de = Complete a identificação do estabelecimento para continuar.
tm-votre-dossier-a-bien-ete-duplique = O seu processo foi duplicado. Pode agora verificá-lo, adaptá-lo e depois submetê-lo.
tm-linstruction-de-votre-dossier-a-commence = A análise do seu processo começou, já não é possível eliminar o seu processo. Se quiser anular a análise, contacte a sua administração através da caixa de mensagens do seu processo.
tm-votre-dossier-a-bien-ete-mis = O seu processo foi movido para o lixo
tm-le-dossier-n-est-pas-correctement = O processo não está corretamente preenchido.
tm-votre-dossier-a-bien-ete-restaure = O seu processo foi restaurado
tm-aucun-etablissement-nest-associe-a-ce = Nenhum estabelecimento está associado a este processo
tm-identite-enregistree = Identidade registada
tm-attestation-de-depot = Comprovativo de entrega do pedido
tm-dossier-depose-le = Processo submetido em
tm-etat-du-dossier = Estado do processo
tm-depose-en-attente-dexamen-par = submetido, a aguardar análise pela administração
tm-refuse = recusado
tm-classe-sans-suite = arquivado sem seguimento
tm-service-administratif = Serviço administrativo
tm-fait-le = Feito em { $date },
tm-obtenir-une-attestation-de-depot-de = Obter um comprovativo de entrega do processo
tm-dossier-n-en-corbeille = Processo n.º { $n } - No lixo
tm-vous-pouvez-retrouver-ce-dossier-depuis = Pode encontrar este processo no separador lixo da sua conta. Neste momento não pode ser consultado.
tm-ce-dossier-a-ete-mis-a = Este processo foi movido para o lixo a seu pedido: ainda o pode restaurar.
tm-si-ce-dossier-a-ete-mis = Se este processo foi movido para o lixo a seu pedido: ainda o pode restaurar.
tm-si-ce-dossier-a-ete-mis-2 = Se este processo foi movido automaticamente para o lixo porque o prazo máximo de conservação foi atingido: recomendamos que o descarregue o mais depressa possível, antes de ser eliminado definitivamente.
tm-dossier-n-supprime-definitivement = Processo n.º { $n } - Eliminado definitivamente
tm-vous-ne-pouvez-plus-recuperer-ce = Já não pode recuperar este processo por um dos seguintes motivos:
tm-il-a-ete-mis-a-la = Foi movido para o lixo a seu pedido e depois eliminado automaticamente.
tm-il-a-ete-supprime-car-son = Foi eliminado porque o prazo máximo de conservação foi atingido.
tm-vous-pouvez-retrouver-lensemble-des = Pode encontrar todos os processos eliminados da sua conta (exceto os rascunhos, «BROUILLON») na página «Histórico dos processos eliminados» («Historique des dossiers supprimés»).

## ds: france_connect

tm-votre-compte-franceconnect-utilise-comme = A sua conta FranceConnect utiliza { $email } como e-mail de contacto.
tm-souhaitez-vous-lutiliser-pour-recevoir = Quer utilizá-lo para receber as notificações sobre o andamento dos seus processos?
tm-valider = Validar
tm-veuillez-nous-fournir-ladresse = Indique-nos o endereço de e-mail a utilizar para o contactar
tm-oui-utiliser-comme-adresse-electronique = Sim, utilizar { $email } como endereço de e-mail de contacto
tm-non-utiliser-une-autre-adresse = Não, utilizar outro endereço de e-mail
tm-fusion-des-comptes-franceconnect-et = Fusão das contas FranceConnect e { $name }
tm-bonjour-votre-compte-franceconnect = Olá, a sua conta FranceConnect utiliza { $email } como endereço de e-mail de contacto. Ora, existe uma conta em { $name } com este endereço de e-mail.
tm-pour-les-fusionner-entrez-votre-mot = Para as fundir, introduza a sua palavra-passe
tm-fusionner-les-comptes = Fundir as contas
tm-utiliser-cette-adresse-electronique = Utilizar este endereço de e-mail
tm-nous-venons-de-vous-envoyer-le = Acabámos de lhe enviar o e-mail de confirmação; clique na ligação desse e-mail para fundir as suas contas
tm-le-lien-de-confirmation-a-expire = A ligação de confirmação expirou. Foi-lhe enviada uma nova ligação de confirmação por e-mail.
tm-une-erreur-inattendue-est-survenue = Ocorreu um erro inesperado. Contacte o suporte se o problema persistir.
tm-vous-avez-ete-deconnecte-de-votre = Terminou a sessão da sua conta anterior. Clique novamente na ligação de confirmação.
tm-utilisateur-non-trouve = Utilizador não encontrado
tm-les-comptes-franceconnect-et-sont-a = As contas FranceConnect e { $name } estão agora fundidas

## ds: notification_mailer

tm-vous-pouvez-telecharger-votre = Pode descarregar a sua declaração no seguinte endereço: { $link }
tm-pour-obtenir-le-detail-de-cette = Para obter o detalhe desta alteração da decisão, pode contactar o serviço: { $name }.
tm-a-ete-refuse-le = foi recusado em { $date }
tm-le-motif-de-refus-est-le = O motivo da recusa é o seguinte:

## ds: shared

tm-vous-navez-pas-renseigne-le-siret = Não indicou o SIRET do serviço em alguns dos seus procedimentos. Altere-os, por favor.
tm-certaines-de-vos-demarches-nont-pas = Alguns dos seus procedimentos não têm nenhum serviço associado.
tm-ajouter-un-service-a-la-demarche = Adicionar um serviço ao procedimento { $n }
tm-temps-de-remplissage-estime-min-variable = Tempo de preenchimento estimado: { $n } min (varia conforme as opções escolhidas)
tm-quels-sont-les-delais-dinstruction-pour = Quais são os prazos de análise deste procedimento?
tm-liste-des-pieces-en-fonction-de = Lista dos documentos conforme a sua situação
tm-le-sva-ou-silence-vaut-accord = O SVA, ou «Silence Vaut Accord» (o silêncio vale como aceitação), é um princípio legal que define o que acontece a um pedido quando a administração não responde: o pedido será automaticamente aceite ao fim de um prazo se o seu processo estiver completo.
tm-le-svr-ou-silence-vaut-rejet = O SVR, ou «Silence Vaut Rejet» (o silêncio vale como recusa), é um princípio legal que define o que acontece a um pedido quando a administração não responde: o pedido será automaticamente recusado ao fim de um prazo se o seu processo estiver completo.

## ds: layouts

tm-super-admin = superadministrador

## ds: activerecord

tm-renseigner-un-numero-et-nom-de = Indique um número e nome de rua, ou lugar
tm-renseigner-la-ville-ou-commune = Indique a cidade ou o município
tm-renseigner-un-code-postal = Indique um código postal
tm-format-attendu-jj-mm-aaaa = Formato pedido: DD/MM/AAAA.
tm-format-attendu-jj-mm-aaaa-hh = Formato pedido: DD/MM/AAAA HH:MM.
tm-format-attendu-un-numero-de-dossier = Formato pedido: um número de processo submetido em { $name }
tm-ne-doit-pas-contenir-de-caracteres = não deve conter caracteres especiais
tm-doit-faire-au-moins-caracteres = deve ter pelo menos { $n ->
        [one] { $n } carácter
       *[other] { $n } caracteres
    }
tm-doit-faire-moins-de-caracteres = deve ter menos de { $n ->
        [one] { $n } carácter
       *[other] { $n } caracteres
    }
tm-est-invalide-saisissez-un-numero-iban = é inválido. Introduza um número IBAN válido. Exemplo (França): FR76 1234 1234 1234 1234 1234 123
tm-exemple-france-fr76-1234-1234-1234 = Exemplo (França): FR76 1234 1234 1234 1234 1234 123
tm-vous-pouvez-selectionner-un-ou-plusieurs = Pode selecionar uma ou várias opções.

## ds: activemodel

tm-region-code-region = Região e código de região

## ds: activerecord

tm-format-attendu-un-numero-de-telephone = Formato pedido: um número de telefone válido. Exemplo: 0612345678
tm-doit-commencer-par-un-w-majuscule = deve começar por um W maiúsculo seguido de 9 algarismos ou letras. Exemplo: W503726238
tm-le-numero-rna-saisi-ne-correspond = o número RNA { $value } introduzido não corresponde a nenhum estabelecimento; introduza um número RNA válido
tm-une-erreur-reseau-a-empeche-lassociation = um erro de rede impediu que fosse encontrada a associação ligada a este RNA; tente novamente mais tarde
tm-numero-rna = Número RNA
tm-nom-de-lassociation = Nome da associação
tm-objet-de-lassociation = Objeto da associação
tm-date-de-creation = Data de criação
tm-date-de-publication = Data de publicação
tm-format-attendu-un-w-majuscule-suivi = Formato pedido: um W maiúsculo seguido de 9 algarismos ou letras. Exemplo: W503726238
tm-rnf-aucune-fondation-trouvee = RNF { $rnf } (nenhuma fundação encontrada)
tm-numero-rnf = Número RNF
tm-mise-a-jour-le = Atualizado em
tm-comporte-une-erreur-de-saisie-corrigez = contém um erro de preenchimento. Corrija-o.
tm-ne-correspond-pas-a-un-etablissement = não corresponde a um estabelecimento existente
tm-dossier-supprime = Processo eliminado
tm-demande-de-lusager = Pedido do utilizador
tm-suppression-dune-demarche = Eliminação de um procedimento
tm-numero-de-dossier = Número do processo
tm-etat = Estado
tm-demande-de-correction = Pedido de correção
tm-pour-vous = Para si
tm-pour-un-beneficiaire-membre-de-la = Para um beneficiário: membro da família, pessoa próxima, mandante, profissional responsável pelo acompanhamento do processo…
tm-a-corriger = A corrigir
tm-dossier-non-modifie = Processo não alterado
tm-demande-de-correction-annulee = Pedido de correção anulado
tm-reponse-donnee = Resposta dada
tm-le-dossier-nest-pas-valide-et = O processo não é válido e precisa de uma correção
tm-le-dossier-doit-etre-mis-a = O processo tem de ser atualizado e validado de novo
tm-depose-depuis-longtemps = Submetido há muito tempo
tm-depose-depuis-j = Submetido há { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
tm-expire-bientot = Expira em breve
tm-expire-dans-j = Expira dentro de { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
tm-bientot-supprime = Será eliminado em breve
tm-suppression-dans-j = Eliminação dentro de { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
tm-message = Mensagem
tm-annotation-privee = Anotação privada
tm-ladresse-electronique = O endereço de e-mail { $message }
tm-est-invalide = é inválido
tm-parcelle-agricole = Parcela agrícola
tm-selection-utilisateur = Seleção do utilizador
tm-ne-peut-pas-etre-vide = não pode estar vazio
tm-nest-pas-un-geojson-valide = não é um GeoJSON válido
tm-contient-des-coordonnees-invalides = contém coordenadas inválidas; utilize o sistema de coordenadas WGS84

## ds: geo_area

tm-parcelle-n-feuille-m2-commune = Parcela n.º { $n } - Folha { $prefixe } { $section } - { $surface } m² – município { $commune }
tm-parcelle-n-hectares = Parcela n.º { $n } - { $surface } hectares
tm-une-aire-de-surface-m2 = Uma área de { $area } m²
tm-une-aire-de-surface-inconnue = Uma área de superfície desconhecida

## ds: activerecord

tm-doit-etre-different-de-celui-du = deve ser diferente do do mandatário
tm-notifier-le-beneficiaire = Notificar o beneficiário:
tm-pas-de-notification = Sem notificação
tm-votre-dossier-n-est-en-train = O seu processo n.º { $n } está a ser reexaminado ({ $name })

## ds: activemodel

tm-annee = Ano
tm-depuis-le-debut = Desde o início
tm-en = (em { $year })
tm-nombre-de-demarches = Número de procedimentos
tm-nombre-de-demarches-publiees-ou-closes = Número de procedimentos publicados ou encerrados { $add_on }

## ds: shared

tm-le-dossier-a-ete-depose-par = O processo foi submetido por uma conta FranceConnect.
tm-le-dossier-a-ete-depose-par-2 = O processo foi submetido pela conta de { $name }.
tm-le-service-traitant-na-pas-ete = O serviço responsável não conseguiu tratar o seu pedido dentro do prazo fixado pela regra «Silence Vaut Rejet» (o silêncio vale como recusa).
tm-expirera-le-mois-apres-le-depot = Expira em { $date } ({ $n ->
        [one] { $n } mês
       *[other] { $n } meses
    } após a submissão do processo)
tm-ce-dossier-est-en-instruction-il = Este processo está em análise; não vai expirar
tm-expirera-le-mois-apres-le-traitement = Expira em { $date } ({ $n ->
        [one] { $n } mês
       *[other] { $n } meses
    } após o tratamento do processo)
tm-expirera-le-mois-apres-le-traitement-2 = Expira em { $date } ({ $n ->
        [one] { $n } mês
       *[other] { $n } meses
    } após o tratamento do processo)
tm-la-recuperation-automatique-des-donnees = Está em curso a obtenção automática dos dados do beneficiário n.º { $numero_allocataire } com o código postal { $code_postal }.
tm-des-donnees-concernant-liees-au-compte = Foram recebidos da CAF dados sobre { $sources } ligados à conta n.º { $numero_allocataire } com o código postal { $code_postal }.
tm-donnees-obtenues-de-la-caisse-nationale = Dados obtidos da Caisse nationale d’allocations familiales (caixa nacional de prestações familiares)
tm-la-recuperation-automatique-des-donnees-2 = Está em curso a obtenção automática dos dados do declarante n.º { $numero_fiscal } com a referência da nota { $reference_avis }.
tm-des-donnees-concernant-liees-au = Foram recebidos da DGFiP dados sobre { $sources } ligados ao declarante n.º { $numero_fiscal } com a referência da nota { $reference_avis }.
tm-donnees-obtenues-de-la-direction = Dados obtidos da Direction générale des Finances publiques (administração fiscal)
tm-la-recuperation-automatique-des-donnees-3 = Está em curso a obtenção automática dos dados do identificador { $identifiant }.
tm-des-donnees-concernant-liees-a = Foram recebidos do Pôle emploi dados sobre { $sources } ligados ao identificador { $identifiant }.
tm-donnees-obtenues-de-pole-emploi = Dados obtidos do Pôle emploi
tm-des-donnees-concernant-liees-a-line = Foram recebidos do MESRI dados sobre { $sources } ligados ao INE { $ine }.
tm-donnees-obtenues-du-mesri = Dados obtidos do MESRI
tm-entrer-une-autre-option = Introduzir outra opção

## ds: carte

tm-deploiement-par-departement = Implementação por departamento
tm-quelle-carte-souhaitez-vous = Que mapa pretende?

## ds: views

tm-selectionnez = Selecione

## ds: activerecord

tm-votre-adresse-electronique = O seu endereço de e-mail profissional
tm-sujet = Assunto

## ds: contact

tm-votre-question = A sua pergunta
tm-notre-reponse = A nossa resposta
tm-une-capture-decran-peut-nous-aider = Uma captura de ecrã pode ajudar-nos a identificar mais facilmente o ponto a melhorar.
tm-une-capture-decran-peut-nous-aider-2 = Uma captura de ecrã pode ajudar-nos a identificar mais facilmente o problema.
tm-taille-maximale-autorisee-200-mo-formats = Tamanho máximo permitido: 200 MB. Formatos suportados: jpg, png, pdf.
tm-contactez-nous-via-ce-formulaire-et = Contacte-nos através deste formulário e responderemos o mais depressa possível. Lembre-se de nos dar o máximo de informações possível para o podermos ajudar da melhor forma.
tm-jai-un-probleme-lors-du-remplissage = Tenho um problema ao preencher o meu processo
tm-avez-vous-bien-verifie-que-tous = Verificou se todos os campos obrigatórios ( * ) estão preenchidos? Se tiver perguntas sobre as informações a introduzir, contacte os serviços responsáveis pelo procedimento (FAQ).
tm-jai-une-question-sur-linstruction-de = Tenho uma pergunta sobre a análise do meu processo
tm-si-vous-avez-des-questions-sur = Se tiver perguntas sobre a análise do seu processo (por exemplo, sobre os prazos), convidamo-lo a contactar diretamente os serviços que analisam o seu processo através da sua caixa de mensagens (FAQ). Se quiser colocar uma pergunta sobre um problema técnico do site, utilize o formulário abaixo. Não lhe poderemos dar informações sobre a análise do seu processo.
tm-jai-une-idee-damelioration-pour-votre = Tenho uma ideia para melhorar o vosso site
tm-une-idee-pensez-a-consulter-notre = Uma ideia? Consulte o nosso painel de melhorias: vote nas suas melhorias prioritárias, proponha a sua própria ideia.
tm-nous-vous-invitons-a-contacter = Convidamo-lo a contactar a administração responsável pelo seu procedimento para que lhe indique a ligação a seguir. Esta deverá ser parecida com isto: { $base_url }/commencer/NOM_DE_LA_DEMARCHE. Pode também consultar aqui a lista dos nossos procedimentos mais frequentes (licenças, detr, etc.).
tm-autre-sujet = Outro assunto
tm-votre-message-a-ete-envoye-sur = A sua mensagem foi enviada para a caixa de mensagens do seu processo.
tm-votre-message-a-ete-envoye = A sua mensagem foi enviada.
tm-la-piece-jointe-doit-etre-un = O anexo tem de ser um ficheiro

## ds: dossier_mailer

tm-vous-avez-recu-un-nouveau-message = Recebeu uma nova mensagem da administração responsável pelo seu processo no procedimento «{ $name }».
tm-pour-consulter-le-message-et-y = Para ler a mensagem e responder-lhe, clique no botão abaixo:
tm-si-vous-souhaitez-repondre-a-ce = Se quiser responder a esta mensagem, contacte diretamente a administração no seguinte endereço: { $email }
tm-si-vous-souhaitez-repondre-a-ce-2 = Se quiser responder a esta mensagem, contacte diretamente a administração através dos contactos no fim deste e-mail.
tm-lire-le-message = Ler a mensagem
tm-vous-avez-commence-a-remplir-un = Começou a preencher um processo para o procedimento «{ $name }».
tm-vous-pouvez-retrouver-et-completer-votre = Pode encontrar e completar o seu processo clicando no botão abaixo:
tm-vous-pouvez-deposer-votre-dossier = Pode submeter o seu processo até { $before }.
tm-afficher-votre-dossier = Mostrar o seu processo
tm-vous-devez-corriger-votre-dossier-n = Tem de corrigir o seu processo n.º { $n } «{ $name }»
tm-afin-de-poursuivre-son-instruction-un = Para continuar a análise, um instrutor pede-lhe que faça correções no seu processo n.º { $n } do procedimento «{ $name }».
tm-afin-de-commencer-son-instruction-un = Para começar a análise, um instrutor pede-lhe que complete o seu processo n.º { $n } do procedimento «{ $name }».
tm-consultez-la-messagerie-de-votre-dossier = Consulte a caixa de mensagens do seu processo para saber que alterações tem de fazer e, depois, altere o processo diretamente no site.
tm-ouvrir-la-messagerie = Abrir a caixa de mensagens
tm-vous-avez-une-demande-de-transfert = Tem um pedido de transferência pendente.
tm-afin-de-pouvoir-accepter-ou-refuser = Para poder aceitar ou recusar o pedido, tem de iniciar sessão em { $name }:
tm-acceder-a-la-demande-de-transfert = aceder ao pedido de transferência
tm-afin-de-pouvoir-accepter-ou-refuser-2 = Para poder aceitar ou recusar o pedido, tem de ter uma conta:
tm-se-creer-un-compte-sur = criar uma conta em { $name }
tm-vous-adresse-une-demande-de-transfert = { $name } envia-lhe um pedido de transferência de { $n ->
        [one] { $n } processo
       *[other] { $n } processos
    }.
tm-vous-adresse-une-demande-de-transfert-2 = { $name } envia-lhe um pedido de transferência do processo n.º { $n } no procedimento

## ds: layouts

tm-accueil-liste-des-demarches = Início - Lista dos procedimentos
tm-vous-etes-ici = Está aqui
tm-voir-le-fil-dariane = Ver o caminho de navegação
tm-previsualiser-le-formulaire = Pré-visualizar o formulário
tm-previsualiser-les-annotations = Pré-visualizar as anotações
tm-depuis-le = desde { $date }
tm-publiee = Publicado
tm-en-test = Em teste
tm-a-modifier = A alterar
tm-pour-plus-dinformation-sur-la-phase = Para mais informações sobre a fase de teste
tm-consulter-la-faq = consultar as perguntas frequentes (FAQ)
tm-suivi-des-dossiers = { $name } – Acompanhamento dos processos
tm-modifier-le-lien-de-la-demarche = Alterar a ligação do procedimento
tm-pour-vous-adresser-a-votre = Para se dirigir à sua administração, passe diretamente pela
tm-page-de-contact = Página de contacto:
tm-horaires = Horário:
tm-consultez-laide-en-ligne = Consulte a ajuda online
tm-consultez-la-page-de-contact-de = Consulte a página de contacto da administração
tm-lequipe = A equipa
tm-nous-vous-informons-que-le-dossier = Informamos que o processo n.º { $dossier_id }, preenchido em seu nome por { $mandataire_first_name } { $mandataire_last_name }, no procedimento
tm-a-ete-classe-sans-suite-le = foi arquivado sem seguimento em { $date }.
tm-a-ete-rendue = foi proferida.

## ds: root

tm-effectuer-une-demarche-administrative-en = Tratar de um procedimento administrativo online
tm-vous-souhaitez-effectuer-une-demande = Quer fazer um pedido junto de uma administração?
tm-realisez-vos-demandes-en-toute = Faça os seus pedidos de forma simples e encontre os seus processos online
tm-comment-trouver-ma-demarche = Como encontro o meu procedimento?
tm-dossiers-deposes = processos submetidos
tm-reduction-des-delais-de-traitement = redução dos prazos de tratamento
tm-une-question-un-probleme = Uma pergunta, um problema?
tm-la-reponse-est-dans-laide-en = A resposta está na ajuda online
tm-administration-vous-voulez = Administração: quer desmaterializar os seus procedimentos?

## ds: views

tm-franceconnect-est-la-solution-proposee = O FranceConnect é a solução proposta pelo Estado para tornar mais segura e mais simples a ligação aos seus serviços online.
tm-sidentifier-avec = Identificar-se com
tm-ou = ou
tm-vous-avez-deja-un-compte = Já tem uma conta?
tm-jai-deja-un-compte = Já tenho uma conta
tm-creer-un-compte = Criar uma conta
tm-votre-adresse-electronique-nest-pas = O seu endereço de e-mail não está verificado, por isso não vai receber as mensagens de { $name }. Verifique a sua caixa de entrada e clique na ligação de verificação. Não recebeu o e-mail?
tm-telecharger-le-modele = Descarregar o modelo

## ds: commencer

tm-commencer-la-demarche = Começar o procedimento
tm-vous-avez-deja-des-dossiers-pour = Já tem processos para este procedimento
tm-voir-mes-dossiers-en-cours = Ver os meus processos em curso
tm-vous-avez-un-dossier-prerempli = Tem um processo pré-preenchido
tm-vous-etes-prete-a-poursuivre-un = Está pronto(a) para continuar um processo pré-preenchido no procedimento «{ $name }», começado há { $time }.
tm-vous-avez-deja-commence-a-remplir = Já começou a preencher um processo
tm-il-y-a-vous-avez-depose = Há { $time }, submeteu um processo no procedimento «{ $name }».
tm-poursuivre-mon-dossier-prerempli = Continuar o meu processo pré-preenchido
tm-continuer-a-remplir-mon-dossier = Continuar a preencher o meu processo
tm-voir-mon-dossier-depose = Ver o meu processo submetido
tm-vous-souhaitez-effectuer-une-demande-par = Quer fazer um pedido em papel? Pode descarregar um processo vazio em formato PDF e enviá-lo à administração em causa: { $name } - { $adresse }
tm-telecharger-un-dossier-vide-au-format = Descarregar um processo vazio em formato PDF
tm-vos-derniers-dossiers-crees = { $n ->
        [one] O seu último processo criado ({ $n }):
       *[other] Os seus { $n } últimos processos criados:
    }
tm-n-cree-il-y-a = N.º { $n }, criado há { $date }, { $state }
tm-la-demarche-est-close-depuis-le = O procedimento { $name } está encerrado desde { $date }

## ds: users

tm-vous-vous-appretez-a-transferer-le = Está prestes a transferir o processo { $state } n.º { $n }, submetido por { $name } em { $date }, para a conta de outro utilizador.
tm-envoyer-la-demande-de-transfert = Enviar o pedido de transferência
tm-linvitation-au-transfert-a-ete-envoyee = O convite de transferência foi enviado com sucesso
tm-la-demande-de-transfert-a-ete = O pedido de transferência foi eliminado com sucesso
tm-la-demarche-liee-a-votre-dossier = O procedimento ligado ao seu processo foi eliminado
tm-la-demarche-liee-a-votre-dossier-2 = O procedimento ligado ao seu processo está encerrado
tm-vous-pouvez-toujours-consulter-votre = Pode continuar a consultar o seu processo, mas já não é possível alterá-lo.
tm-votre-dossier-a-ete-traite-par = O seu processo foi tratado pela administração; não é possível nenhuma ação
tm-vous-pouvez-toujours-consulter-votre-2 = Pode continuar a consultar o seu processo, mas a administração não o vai tratar
tm-voir-la-demarche = ver o procedimento
tm-une-nouvelle-demarche-est-disponible = Está disponível um novo procedimento; consulte-o aqui:
tm-pour-plus-dinformations-veuillez-vous = Para mais informações, dirija-se ao serviço { $name }, disponível pelo { $service_phone_number } ou por e-mail para { $email }
tm-votre-dossier-est-en-attente-de = O seu processo aguarda que a administração o aceite para tratamento. O prazo máximo para isso é de { $n ->
        [one] { $n } mês
       *[other] { $n } meses
    }. Pode, no entanto, prolongar este prazo clicando no botão abaixo.
tm-conserver-mois-supplementaire = Conservar mais { $n ->
        [one] { $n } mês
       *[other] { $n } meses
    }
tm-cadre-juridique = Quadro jurídico
tm-retention-et-archivage-des-donnees-mois = Retenção e arquivo dos dados: { $n ->
        [one] { $n } mês
       *[other] { $n } meses
    }
tm-texte-cadrant-la-demande-dinformation = Texto que enquadra o pedido de informação
tm-contacter-le-delegue-a-la-protection = Contactar o Encarregado da Proteção de Dados
tm-dematerialisation = Desmaterialização
tm-trouver-une-maison-france-services = Encontrar um balcão France Services
tm-profil = Perfil
tm-nouvelle-adresse-electronique = Novo endereço de e-mail
tm-votre-adresse-electronique-actuelle = O seu endereço de e-mail atual
tm-changer-mon-adresse = Alterar o meu endereço
tm-transferer-tous-vos-dossiers = Transferir todos os seus processos
tm-cette-fonctionnalite-vous-permet-de = Esta funcionalidade permite-lhe mudar o proprietário de todos os seus processos. É geralmente útil quando se muda de posto de trabalho ou se quiser fundir várias contas.
tm-adresse-electronique-du-prochain = Endereço de e-mail do próximo proprietário de todos os seus processos
tm-le-nouveau-proprietaire-doit-confirmer = O novo proprietário { $email } tem de confirmar a transferência de um processo seguindo as instruções recebidas no seu e-mail.
tm-le-nouveau-proprietaire-doit-confirmer-2 = O novo proprietário { $email } tem de confirmar a transferência { $n ->
        [one] do seu { $n } processo
       *[other] dos seus { $n } processos
    } seguindo as instruções recebidas no seu e-mail.
tm-confirmez-vous-le-transfert = Confirma a transferência?
tm-transferer-tous-mes-dossiers = Transferir todos os meus processos
tm-changement-en-attente = Alteração pendente:
tm-doit-sassurer-que-votre-compte-est = { $name } tem de se certificar de que a sua conta é utilizada num contexto profissional. Podemos autorizar automaticamente as alterações de e-mail para os seguintes domínios: { $legit_admin_domains } Se não for o seu caso, contacte o suporte: { $email }
tm-votre-compte-sur-est-actuellement-lie = A sua conta em { $name } está atualmente ligada à seguinte identidade:
tm-votre-compte-sur-est-actuellement-lie-2 = A sua conta em { $name } está atualmente ligada { $n ->
        [one] à seguinte identidade ({ $n }):
       *[other] às { $n } identidades seguintes:
    }
tm-interdire-lacces = Proibir o acesso
tm-le-transfert-dun-dossier-a-est = A transferência de um processo para { $email } está em curso
tm-le-transfert-de-dossiers-a-est = A transferência de { $n ->
        [one] { $n } processo
       *[other] { $n } processos
    } para { $email } está em curso

## seeds: seeds

tm-service-momentanement-indisponible-nous = Serviço momentaneamente indisponível. Convidamo-lo a tentar novamente mais tarde.
tm-numero-de-la-declaration-de-perte = Número da declaração de perda
tm-mettre-a-jour-mes-documents = Atualizar os meus documentos
tm-nombre-d-enfants-a-charge = Número de filhos a cargo
tm-je-ne-suis-pas-un-robot = Não sou um robô
tm-numero-etranger = Número de estrangeiro

## failures: failures

tm-plus-de-plage-horaire-libre = já não há horários livres
tm-aucun-creneau-disponible = nenhuma vaga disponível
tm-aucun-creneau-n-est-disponible = não há nenhuma vaga disponível
tm-pas-de-creneau-disponible = não há vagas disponíveis
tm-plus-de-creneau-disponible = já não há vagas disponíveis
tm-aucun-rendez-vous-disponible = nenhuma marcação disponível
tm-aucun-rendez-vous-n-est-disponible = não há nenhuma marcação disponível
tm-aucune-disponibilite = nenhuma disponibilidade
tm-tous-les-creneaux-sont-reserves = todas as vagas estão reservadas
tm-toutes-les-plages-horaires-sont = todos os horários estão reservados
tm-aucune-plage-horaire = nenhum horário
tm-service-momentanement-indisponible = serviço momentaneamente indisponível
tm-service-temporairement-indisponible = serviço temporariamente indisponível
tm-service-indisponible = serviço indisponível
tm-site-en-maintenance = site em manutenção
tm-actuellement-en-maintenance = atualmente em manutenção
tm-operation-de-maintenance = operação de manutenção
tm-erreur-technique = erro técnico
tm-probleme-technique = problema técnico
tm-une-erreur-est-survenue = ocorreu um erro
tm-une-erreur-inattendue = um erro inesperado
tm-le-service-rencontre-des-difficultes = o serviço está com dificuldades
tm-nombre-de-connexions = número de ligações
tm-trop-de-demandes = demasiados pedidos
tm-votre-session-a-expire = a sua sessão expirou
tm-session-expiree = sessão expirada
tm-vous-avez-ete-deconnecte = terminou a sua sessão
tm-delai-d-inactivite = tempo limite de inatividade
tm-code-de-securite-saisi-est-incorrect = código de segurança introduzido está incorreto
tm-code-de-securite-est-incorrect = código de segurança está incorreto
tm-captcha-incorrect = captcha incorreto
tm-captcha-invalide = captcha inválido
tm-identifiant-ou-mot-de-passe-incorrect = identificador ou palavra-passe incorretos
tm-identifiant-ou-mot-de-passe-invalide = identificador ou palavra-passe inválidos
tm-compte-bloque = conta bloqueada
tm-compte-verrouille = conta trancada
tm-compte-desactive = conta desativada
tm-format-de-fichier-non-supporte = formato de ficheiro não suportado
tm-format-non-supporte = formato não suportado
tm-fichier-trop-volumineux = ficheiro demasiado grande
tm-depasse-la-taille-maximale = ultrapassa o tamanho máximo
tm-dossier-incomplet = processo incompleto
tm-piece-manquante = documento em falta
tm-n-est-pas-valide = não é válido
tm-est-obligatoire = é obrigatório
tm-numero-etranger-inconnu = número de estrangeiro desconhecido
tm-aucun-dossier-ne-correspond = nenhum processo corresponde
tm-delai-d-attente-depasse = tempo de espera ultrapassado
tm-le-serveur-met-trop-de-temps = o servidor está a demorar demasiado

## fixture: captcha/captchetat-botdetect.html

tm-saisissez-le-code-de-securite = Introduza o código de segurança
tm-verification-de-securite = Verificação de segurança
tm-le-code-peut-etre-ecoute-avec = O código pode ser ouvido com o botão «Dizer o código» («Énoncer le code»); o botão «Mudar o código» («Changer le code») mostra uma nova imagem.
tm-recopiez-les-caracteres-affiches-dans = Copie os caracteres mostrados na imagem.
tm-veuillez-recopier-le-code-de-securite = Copie o código de segurança para continuar a sua marcação.
tm-prise-de-rendez-vous-demande-de = Marcação — Pedido de naturalização

## fixture: captcha/captchetat-fail.html

tm-saisissez-les-caracteres-de-l-image = Introduza os caracteres da imagem
tm-afin-de-verifier-que-vous-netes = Para verificar que não é um robô, copie os caracteres mostrados na imagem. Para os ouvir, utilize o botão «Dizer o código do captcha» («Énoncer le code du captcha»); para obter outra imagem, utilize o botão «Gerar um novo captcha» («Générer un nouveau captcha»).
tm-les-majuscules-et-minuscules-ne-sont = Não se distinguem maiúsculas e minúsculas.
tm-pour-acceder-au-calendrier-des-rendez = Para aceder ao calendário das marcações, copie o código de segurança e depois clique em «Seguinte» («Suivant»).
tm-prise-de-rendez-vous-remise-de = Marcação — Entrega da autorização de residência
tm-le-code-de-securite-saisi-est = O código de segurança introduzido está incorreto. Tente novamente.

## fixture: captcha/captchetat.html

tm-vos-coordonnees = Os seus contactos
tm-format-attendu-nom-domaine-fr = Formato pedido: nome@dominio.fr
tm-avant-de-choisir-un-creneau-merci = Antes de escolher um horário, confirme o seu pedido. As marcações abrem todas as semanas conforme a disponibilidade do balcão.
tm-prise-de-rendez-vous-echange-de = Marcação — Troca de carta de condução estrangeira

## fixture: captcha/friendly-captcha.html

tm-verification-anti-robot = Verificação anti-robô
tm-cliquez-sur-clique-ici-pour-verifier = Clique em «Clica aqui para verificar» («Clique ici pour vérifier»): a verificação é feita automaticamente, sem teste.
tm-clique-ici-pour-verifier = Clica aqui para verificar
tm-pour-toute-question-relative-a-vos = Para qualquer pergunta sobre os seus procedimentos (autorizações de residência, cartas de condução, associações), utilize este formulário. Receberá uma resposta no prazo de 15 dias úteis.
tm-nous-contacter = Contacte-nos
tm-nous-verifions-que-vous-netes-pas = Estamos a verificar que não é um robô…
tm-verification-automatique-des-spams = Verificação automática de spam concluída

## fixture: captcha/hcaptcha.html

tm-numero-dimmatriculation = Número de matrícula
tm-format-attendu-ab-123-cd = Formato pedido: AB-123-CD
tm-cochez-la-case-je-suis-un = Assinale a caixa «Sou um humano» («Je suis un humain») para continuar.
tm-envoyer-ma-demande = Enviar o meu pedido
tm-les-residents-des-secteurs-de = Os residentes das zonas de estacionamento pago podem pedir um cartão que lhes dá acesso à tarifa de residente. Prepare um comprovativo de morada com menos de 3 meses e o certificado de matrícula do veículo.
tm-demande-de-carte-de-stationnement = Pedido de cartão de estacionamento para residentes

## fixture: captcha/image-generic.html

tm-reference-du-dossier = Referência do processo
tm-recopiez-les-caracteres-affiches = Copie os caracteres mostrados
tm-code-de-securite = Código de segurança
tm-exemple-pc-034172-24-m0123 = Exemplo: PC 034172 24 M0123
tm-6-caracteres-chiffres-et-lettres = 6 caracteres, algarismos e letras maiúsculas
tm-generer-un-nouveau-code = Gerar um novo código
tm-envoyer-la-demande = Enviar o pedido
tm-vous-pouvez-demander-la-copie-dun = Pode pedir a cópia de uma licença de construção ou de uma declaração prévia emitidas no município. Os documentos são enviados por via eletrónica.
tm-demande-de-copie-de-documents-durbanisme = Pedido de cópia de documentos de urbanismo

## fixture: captcha/index.html

tm-chaque-page-reproduit-hors-ligne-le = Cada página reproduz, offline, a marcação de um tipo de CAPTCHA encontrado nos portais públicos, para testar a deteção do Relais (que nunca resolve nem contorna um CAPTCHA). Nenhum serviço externo é contactado: os scripts, molduras, imagens e sons são ficheiros locais (pasta vendor/).
tm-pages-de-test-widgets-captcha = Páginas de teste: widgets CAPTCHA

## fixture: captcha/late.html

tm-confirmer-le-rendez-vous = Confirmar a marcação
tm-choisissez-un-creneau-pour-deposer-votre = Escolha um horário para entregar o seu pedido. O controlo de segurança aparece depois de a página carregar.
tm-prise-de-rendez-vous-carte-nationale = Marcação — Cartão nacional de identidade e passaporte
tm-chargement-de-la-verification-de = A carregar a verificação de segurança…
tm-confirmation-du-creneau = Confirmação do horário
tm-cochez-la-case-pour-confirmer-que = Assinale a caixa para confirmar que é um ser humano.

## fixture: captcha/question.html

tm-question-de-securite-combien-font-3 = Pergunta de segurança: quanto é 3 + 4?
tm-repondez-en-chiffres-cette-question = Responda em algarismos. Esta pergunta serve para verificar que não é um robô.
tm-sinscrire = Inscrever-se
tm-recevez-chaque-mois-lactualite-du = Receba todos os meses as notícias do Departamento: apoios, estradas, escolas (collèges), solidariedade. Pode cancelar a inscrição a qualquer momento.
tm-inscription-a-la-lettre-dinformation = Subscrição da newsletter

## fixture: captcha/recaptcha-v2.html

tm-motif-du-rendez-vous = Motivo da marcação
tm-cochez-la-case-je-ne-suis = Assinale a caixa «Não sou um robô» («Je ne suis pas un robot»). Pode aparecer um teste com imagens; este tem uma versão áudio.
tm-demander-un-rendez-vous = Pedir uma marcação
tm-selectionner-un-motif = Selecionar um motivo
tm-premiere-demande = Primeiro pedido
tm-renouvellement = Renovação
tm-duplicata = Segunda via
tm-ce-formulaire-vous-permet-de-demander = Este formulário permite-lhe pedir uma marcação no balcão de estrangeiros da prefeitura do Ródano (Lyon). Ser-lhe-á enviada uma confirmação por e-mail.
tm-prise-de-rendez-vous-depot-de = Marcação — Entrega do pedido de autorização de residência

## fixture: captcha/recaptcha-v3.html

tm-type-de-document = Tipo de documento
tm-copie-integrale = Cópia integral
tm-extrait-avec-filiation = Extrato com filiação
tm-extrait-sans-filiation = Extrato sem filiação
tm-demandez-en-ligne-une-copie-integrale = Peça online uma cópia integral ou um extrato de certidão de nascimento para um nascimento ocorrido em Lyon. A certidão é enviada por correio no prazo de 8 dias.
tm-ce-site-est-protege-par-recaptcha = Este site está protegido pelo reCAPTCHA; aplicam-se a política de privacidade e os termos de utilização da Google.
tm-demande-dacte-de-naissance = Pedido de certidão de nascimento

## fixture: captcha/result.html

tm-ceci-est-une-page-de-test = Esta é uma página de teste: o pedido não foi enviado a nenhum serviço.
tm-votre-demande-a-bien-ete-envoyee = O seu pedido foi enviado
tm-donnees-recues = Dados recebidos
tm-aucune-donnee-recue = Não foram recebidos dados.
tm-retour-a-la-liste-des-pages = Voltar à lista de páginas de teste

## fixture: captcha/turnstile.html

tm-adresse-du-probleme = Morada do problema
tm-description = Descrição
tm-envoyer-le-signalement = Enviar a comunicação
tm-nid-de-poule-eclairage-en-panne = Buraco na estrada, iluminação avariada, depósito ilegal de lixo: comunique-o aos serviços da cidade. Será informado por e-mail do tratamento da sua comunicação.
tm-signaler-un-probleme-sur-lespace-public = Comunicar um problema no espaço público

## fixture: captcha/vendor

tm-verifiez-que-vous-etes-un-humain = Verifique que é um ser humano
tm-operation-reussie = ✔Operação bem-sucedida!
tm-saisissez-ce-que-vous-entendez = Escreva o que ouve
tm-lecture = REPRODUZIR
tm-veuillez-cliquer-sur-chaque-image = Clique em cada imagem que contenha um autocarro
tm-vous-etes-valide = Verificação concluída
tm-le-service-recaptcha-requiert-une = O serviço reCAPTCHA exige uma verificação.

## fixture: portals/ameli-compte

tm-numero-de-securite-sociale = Número da segurança social
tm-jour = Dia
tm-mois = Mês
tm-numero-de-telephone-portable = Número de telemóvel
tm-13-chiffres-cle-de-2-chiffres = 13 algarismos + chave de 2 algarismos; está no seu cartão Vitale
tm-telle-quelle-figure-sur-votre-carte = Tal como consta do seu cartão Vitale
tm-exemple-14 = Exemplo: 14
tm-exemple-07 = Exemplo: 07
tm-exemple-1988 = Exemplo: 1988
tm-format-attendu-5-chiffres = Formato pedido: 5 algarismos
tm-format-attendu-06-12-34-56 = Formato pedido: 06 12 34 56 78
tm-le-numero-de-securite-sociale-saisi = O número da segurança social introduzido não é válido.
tm-votre-compte-ameli-vous-permet-de = A sua conta ameli permite-lhe acompanhar os seus reembolsos, descarregar uma declaração de direitos e contactar a sua caixa de seguro de doença.
tm-creer-mon-compte-ameli = Criar a minha conta ameli
tm-formulaire-recu = Formulário recebido

## fixture: portals/anef-login

tm-se-connecter-avec-mon-identifiant = Iniciar sessão com o meu identificador
tm-votre-identifiant-est-votre-numero = O seu identificador é o seu número de estrangeiro (10 algarismos) ou o seu endereço de e-mail
tm-sidentifier-avec-franceconnect = Identificar-se com FranceConnect
tm-creer-mon-compte = Criar a minha conta
tm-la-creation-dun-compte-est-necessaire = É necessário criar uma conta para submeter um pedido de autorização de residência, de naturalização ou de documento de viagem.
tm-votre-numero-etranger-comporte-10 = O seu número de estrangeiro tem 10 algarismos. Consta da sua autorização de residência, do seu recibo do pedido de autorização de residência (récépissé) ou da sua autorização provisória de residência.
tm-si-vous-navez-jamais-eu-de = Se nunca teve uma autorização de residência em França, utilize o seu endereço de e-mail.
tm-connexion-a-mon-espace-personnel = Acesso à minha área pessoal
tm-vous-navez-pas-encore-de-compte = Ainda não tem conta?
tm-ou-trouver-mon-numero-etranger = Onde encontro o meu número de estrangeiro?

## fixture: portals/caf-contact

tm-votre-demande-de-rappel-au-06 = O seu pedido para ser contactado no 06 12 34 56 78 não pôde ser tido em conta. Responder-lhe-emos no endereço marie.kowalczyk@example.fr (número de beneficiário 1234567).
tm-demande-de-rappel = Pedido de contacto telefónico
tm-retour-a-mon-compte = Voltar a «A minha conta» («Mon Compte»)

## fixture: portals/caf-declaration

tm-numero-allocataire = Número de beneficiário (CAF)
tm-celibataire = Solteiro(a)
tm-marie-e = Casado(a)
tm-pacse-e = Com PACS (pacto civil de solidariedade)
tm-en-concubinage = Em união de facto
tm-divorce-e = Divorciado(a)
tm-veuf-veuve = Viúvo/viúva
tm-salaires-percus-en-euros = Salários recebidos (em euros)
tm-indemnites-journalieres = Subsídios diários (indemnités journalières)
tm-allocation-chomage-are = Subsídio de desemprego (ARE)
tm-pensions-alimentaires-recues = Pensões de alimentos recebidas
tm-votre-situation-professionnelle = A sua situação profissional
tm-ajouter-une-piece-justificative = Adicionar um documento comprovativo
tm-situation-familiale = Situação familiar
tm-autres-ressources-en-euros = Outros rendimentos (em euros)
tm-7-chiffres-il-est-sur-vos = 7 algarismos; está nas cartas que recebe da CAF
tm-mois-1-janvier = Mês 1: janeiro
tm-mois-2-fevrier = Mês 2: fevereiro
tm-mois-3-mars = Mês 3: março
tm-taille-maximale-5-mo-formats-supportes = Tamanho máximo: 5 MB. Formatos suportados: jpg, png, pdf.
tm-valider-ma-declaration = Validar a minha declaração
tm-selectionner-une-option = Selecionar uma opção
tm-salarie = Trabalhador por conta de outrem
tm-demandeur-d-emploi = Candidato a emprego
tm-etudiant = Estudante
tm-sans-activite = Sem atividade
tm-ex-1-250 = Ex.: 1 250
tm-declarez-les-ressources-percues-par = Declare os rendimentos recebidos pelo seu agregado nos últimos três meses. Esta declaração é obrigatória para continuar a receber o RSA, a prime d’activité ou o subsídio para adultos com deficiência.
tm-salaires-indiquez-le-montant-net-avant = Salários: indique o montante líquido antes da retenção na fonte para cada mês do trimestre, ou 0 se não recebeu nada.
tm-declaration-trimestrielle-de-ressources = Declaração trimestral de rendimentos
tm-vos-ressources = Os seus rendimentos
tm-etape-suivante-verification-et-envoi = Passo seguinte: Verificação e envio

## fixture: portals/index.html

tm-chaque-page-est-une-imitation-simplifiee = Cada página é uma imitação simplificada, escrita para os testes; nenhuma é cópia de um portal real.
tm-pages-de-test-imitant-des-portails = Páginas de teste que imitam portais administrativos franceses

## fixture: portals/mots-cles

tm-nom-de-famille = Apelido
tm-prenom-s = Nome(s) próprio(s)
tm-date-dexpiration-de-votre-titre-de = Data de validade da sua autorização de residência
tm-n-de-recepisse = N.º do recibo (récépissé)
tm-courriel = E-mail
tm-remplissez-ce-formulaire-pour-connaitre = Preencha este formulário para saber em que ponto está o seu pedido. Receberá uma resposta por e-mail no prazo de 15 dias úteis.
tm-demande-de-renseignements-sur-un-dossier = Pedido de informações sobre um processo de autorização de residência
tm-precisions-sur-votre-demande-zone-de = Pormenores do seu pedido (campo de texto livre):

## fixture: portals/prefecture-rdv

tm-il-n-existe-plus-de-plage = Já não há nenhum horário livre para o seu pedido de marcação. Tente novamente mais tarde.
tm-veuillez-cocher-la-case-pour-accepter = Assinale a caixa para aceitar os termos de utilização antes de continuar o processo de marcação
tm-choisissez-votre-guichet = Escolha o seu balcão
tm-effectuer-une-demande-de-rendez-vous = Fazer um pedido de marcação
tm-selectionner-un-guichet = Selecionar um balcão
tm-guichet-1-titre-de-sejour = Balcão 1 - Autorização de residência
tm-guichet-2-naturalisation = Balcão 2 - Naturalização
tm-guichet-3-document-de-circulation-pour = Balcão 3 - Documento de circulação para estrangeiro menor
tm-guichet-4-duplicata-et-changement = Balcão 4 - Segunda via e mudança de morada
tm-ce-module-vous-permet-de-reserver = Este módulo permite-lhe reservar uma marcação para levantar a sua autorização de residência, apenas se tiver recebido um SMS ou uma carta a informar que está disponível na prefeitura.
tm-conformement-aux-dispositions = Nos termos da regulamentação em vigor, o seu pedido de renovação da autorização de residência só será analisado depois de entregues todos os documentos comprovativos exigidos; caso contrário, será arquivado sem seguimento e não será reexaminado.
tm-le-jour-du-rendez-vous-presentez = No dia da marcação, apresente-se com o seu passaporte, o seu recibo (récépissé) ou a sua antiga autorização de residência, a convocatória e o selo fiscal. Qualquer processo incompleto será recusado.
tm-les-rendez-vous-sont-ouverts-chaque = As marcações abrem todas as semanas, à medida que os balcões têm disponibilidade. Nenhuma marcação é feita por telefone.
tm-retour-a-la-prise-de-rendez = Voltar à marcação
tm-etape-1-choix-du-guichet = Passo 1: escolha do balcão

## fixture: portals/service-indisponible

tm-le-service-est-actuellement-en = O serviço está atualmente em manutenção. Pedimos desculpa pelo incómodo; tente novamente mais tarde.
tm-les-demandes-deja-deposees-ne-sont = Os pedidos já submetidos não são afetados por esta interrupção. Se a sua autorização de residência expirar durante a manutenção, a sua declaração de prorrogação da análise continua válida.
tm-erreur = Erro { $n }

## aides-jeunes: properties

tm-quel-est-votre-code-postal = Qual é o seu código postal?
tm-quel-est-le-code-postal-de = Qual é o código postal do município dos seus pais?
tm-combien-d-enfants-vous-y-compris = Quantos filhos (incluindo você) estão a cargo dos seus pais?
tm-lorsque-vos-parents-sont-separes-il = Se os seus pais estiverem separados, indique o número de filhos a cargo do progenitor que o tem a cargo. Se ainda for menor e estiver em guarda partilhada, some os filhos a cargo dos dois agregados fiscais dos pais separados.
tm-et-combien-vous-y-compris-font = E quantos (incluindo você) frequentam o ensino superior?
tm-actuellement-beneficiez-vous-d-une = Recebe atualmente uma bolsa do ensino secundário (lycée)?
tm-avez-vous-un-lien-de-parente = Tem um parentesco direto com o seu senhorio? É ascendente ou descendente de si ou do seu cônjuge ou companheiro(a) (filho, avô…)?
tm-vivez-vous-en-couple = Vive em casal?
tm-attention-cette-restriction-est = Atenção, esta restrição é diferente do reconhecimento da qualidade de trabalhador com deficiência.
tm-en-etude-ou-en-alternance = A estudar ou em regime de alternância
tm-salarie-ou-salariee = Trabalhador ou trabalhadora por conta de outrem
tm-independant-ou-independante = Trabalhador ou trabalhadora independente
tm-inscrit-ou-inscrite-comme-demandeur = Inscrito ou inscrita como candidato a emprego
tm-retraite-ou-retraitee = Reformado ou reformada
tm-autre = Outro
tm-lorsque-vous-etudiez-et-que-vous = Se estuda e trabalha, deve selecionar «A estudar ou em regime de alternância» («En étude ou en alternance»).
tm-dans-quelle-classe-etes-vous = Em que ano está atualmente?
tm-cap-1ere-annee = CAP - 1.º ano
tm-cap-2eme-annee = CAP - 2.º ano
tm-seconde = Seconde (1.º ano do ensino secundário francês)
tm-premiere = Première (2.º ano do ensino secundário francês)
tm-terminale = Terminale (último ano do ensino secundário francês)
tm-licence-1ere-annee = Licence (licenciatura) - 1.º ano
tm-licence-2eme-annee = Licence (licenciatura) - 2.º ano
tm-licence-3eme-annee = Licence (licenciatura) - 3.º ano
tm-master-1ere-annee = Mestrado - 1.º ano
tm-master-2eme-annee = Mestrado - 2.º ano
tm-doctorat-1ere-annee = Doutoramento - 1.º ano
tm-doctorat-2eme-annee = Doutoramento - 2.º ano
tm-doctorat-3eme-annee = Doutoramento - 3.º ano
tm-lorsque-vos-parents-sont-separes-il-2 = Se os seus pais estiverem separados, é preciso considerar os rendimentos do progenitor que o tem a cargo. Se ainda for menor e estiver em guarda partilhada, some os rendimentos dos dois agregados fiscais dos pais separados.
tm-si-vous-ne-connaissez-pas-le = Se não souber o rendimento bruto global dos seus pais, escreva 0 para continuar a simulação. Atenção, isto pode afetar a exatidão dos resultados da simulação
tm-beneficiez-vous-d-une-bourse-de = Recebe uma bolsa do ensino superior?
tm-etes-vous-en-alternance-dans-la = Está em regime de alternância na função pública?
tm-je-ne-sais-pas = Não sei
tm-pas-concerne = Não se aplica
tm-jamais = Nunca
tm-ponctuellement = Ocasionalmente
tm-regulierement = Regularmente
tm-de-quel-secteur-votre-formation-fait = De que setor faz parte a sua formação?
tm-etes-vous-heberge-chez-vos-parents = Vive em casa dos seus pais?
tm-l-inaptitude-medicale-au-travail = A incapacidade médica para o trabalho resultante de uma doença ou de um acidente pode ser parcial, total ou temporária.
tm-avez-vous-obtenu-une-mention-au = Obteve uma menção no baccalauréat?
tm-francaise = Francesa
tm-europeenne = Europeia
tm-non-europeenne = Não europeia
tm-regime-general-caf-cpam = Regime geral (CAF/CPAM)
tm-mutualite-sociale-agricole-msa = Mutualidade social agrícola (MSA)
tm-pour-les-etudiants-en-classes = Os estudantes das classes preparatórias para as grandes écoles devem selecionar «Num estabelecimento de ensino superior» («Dans un établissement de l'enseignement supérieur»).
tm-dans-quel-type-d-etablissement-etudiez = Em que tipo de estabelecimento estuda atualmente?
tm-etablissement-public = Estabelecimento público
tm-etablissement-prive-sous-contrat = Estabelecimento privado com contrato com o Estado
tm-etablissement-prive-hors-contrat = Estabelecimento privado sem contrato com o Estado
tm-quelle-est-votre-relation-avec-votre = Qual é a sua relação com o seu cônjuge ou companheiro(a)?
tm-moins-de-50 = Menos de 50%
tm-etes-vous = É…?
tm-en-apprentissage = Em aprendizagem
tm-en-contrat-de-professionnalisation = Com contrato de profissionalização
tm-combien-de-mois-envisagez-vous-de = Quantos meses tenciona passar no estrangeiro no âmbito dos seus estudos?
tm-quel-est-le-prenom-de-votre = Qual é o nome próprio do seu filho ou filha? Servirá apenas para facilitar o preenchimento a seguir.
tm-souhaitez-vous-connaitre-les-aides-pour = Quer conhecer os apoios para comprar uma bicicleta?
tm-velo-mecanique-simple = Bicicleta mecânica simples
tm-velo-electrique = Bicicleta elétrica
tm-velo-cargo = Bicicleta de carga
tm-velo-cargo-electrique = Bicicleta de carga elétrica
tm-velo-pliant = Bicicleta dobrável
tm-velo-pliant-electrique = Bicicleta dobrável elétrica
tm-motorisation-d-un-velo-classique = Motorização de uma bicicleta clássica
tm-velo-adapte-pour-pmr = Bicicleta adaptada para pessoas com mobilidade reduzida (PMR)
tm-etes-vous-interesse-ou-interessee-par = Está interessado ou interessada nos apoios para formações do setor da saúde e social?
tm-souhaitez-vous-connaitre-les-aides-au = Quer conhecer os apoios para o BAFA e o BAFD?
tm-prevoyez-vous-de-partir-a-l = Tenciona ir para o estrangeiro no âmbito dos seus estudos?
tm-prevoyez-vous-de-passer-le-permis = Tenciona tirar a carta de condução?
tm-moins-de-3-mois = Menos de 3 meses
tm-entre-3-et-6-mois = Entre 3 e 6 meses
tm-plus-de-3-mois = Mais de 3 meses
tm-plus-6-mois = Mais de 6 meses
tm-linterim-ou-travail-temporaire-est-un = O trabalho temporário (intérim) é um contrato de trabalho celebrado com uma empresa de trabalho temporário, que coloca o trabalhador à disposição de uma empresa por um período limitado, muitas vezes para substituir alguém ausente ou responder a uma necessidade pontual. Se o contrato foi assinado com uma agência, trata-se de um emprego temporário.
tm-est-ce-une-colocation = É uma casa partilhada?
tm-est-ce-que-ce-logement-a = Esta habitação foi reabilitada?
tm-est-ce-une-chambre-une-chambre = É um quarto? Um quarto é uma habitação que só tem uma divisão e não tem WC.
tm-est-ce-un-logement-dans-une = É uma habitação numa residência do CROUS?
tm-participez-vous-aux-frais-du-logement = Participa nas despesas da habitação? Por exemplo, nas despesas de eletricidade, telefone, etc.
tm-rencontrez-vous-des-difficultes = Tem dificuldades importantes em aceder a uma habitação ou em pagar as despesas ligadas à sua habitação?
tm-prevoyez-vous-de-demenager-prochainement = Tenciona mudar de casa em breve?
tm-non-j-ai-emmenage-il-y = Não, mudei-me há menos de 3 meses
tm-locataire = Inquilino
tm-figurant-sur-le-bail-en-foyer = que consta do contrato de arrendamento, num lar ou numa residência
tm-proprietaire = Proprietário
tm-ou-en-location-accession = ou em arrendamento com opção de compra
tm-heberge-ou-hebergee = Alojado ou alojada por outra pessoa
tm-chez-vos-parents-chez-un-particulier = em casa dos seus pais, em casa de um particular ou em habitação de função
tm-sans-domicile-stable = Sem morada estável
tm-ou-domiciliation-administrative = ou domiciliação administrativa
tm-etes-vous-primo-accedant-pour-cette = É um primeiro comprador para esta propriedade? Um primeiro comprador é uma pessoa (ou um agregado) que não foi proprietária da sua residência principal nos dois anos anteriores ao momento em que compra o seu imóvel.
tm-quel-type-de-logement-louez-vous = Que tipo de habitação arrenda?
tm-non-meuble = Não mobilada
tm-meuble-hotel = Mobilada / Hotel
tm-foyer = Lar (foyer)
tm-residence-universitaire-logement-crous = Residência universitária, habitação CROUS, lar de jovens trabalhadores, residência social…
tm-maison-de-retraite-residence-sociale = Lar de idosos, residência social…
tm-mes-enfants-a-charge = Os meus filhos a cargo
tm-quelle-est-la-situation-de-vos = Qual é a situação dos seus pais?
tm-en-couple = Em casal
tm-separes = Separados
tm-veuf-ou-veuve = Viúvo ou viúva
tm-decedes = Falecidos
tm-sans-autorite-parentale = Sem responsabilidades parentais
tm-vos-parents-habitent-ils-en-france = Os seus pais vivem em França?
tm-quel-est-le-nombre-de-parts = Qual é o número de quotas (parts) na nota de liquidação do imposto mais recente dos seus pais?
tm-une-part-fiscale-est-une-unite = Uma quota fiscal é uma unidade que representa as pessoas que compõem o agregado fiscal e que serve para calcular o imposto sobre o rendimento. Para saber quantas quotas fiscais tem, pode consultar a sua declaração de rendimentos, onde esta informação é geralmente indicada.
tm-quel-est-le-revenu-fiscal-de = Qual é o rendimento fiscal de referência (RFR) na nota de liquidação do imposto mais recente dos seus pais?
tm-si-vous-ne-connaissez-pas-le-2 = Se não souber o RFR dos seus pais, escreva 0 para continuar a simulação. Atenção, isto pode afetar a exatidão dos resultados da simulação.

## aides-jeunes: resources.ts

tm-revenus-d-activite = Rendimentos do trabalho
tm-revenus-professionnels-non-salaries = Rendimentos profissionais não salariais
tm-allocations = Prestações
tm-indemnites = Indemnizações
tm-pensions-rentes = Pensões e rendas
tm-revenus-du-patrimoine = Rendimentos do património
tm-autres-revenus = Outros rendimentos
tm-salaire-dont-primes-et-indemnites-de = Salário (incluindo prémios e indemnizações de fim de contrato)
tm-entrez-le-montant-avant-la-retenue = Introduza o montante antes da retenção na fonte
tm-remuneration-de-stage = Remuneração de estágio
tm-revenus-de-stage-de-formation = Rendimentos de estágio de formação profissional
tm-allocation-de-securisation = Subsídio de segurança profissional
tm-prime-forfaitaire-mensuelle-pour-la = Prémio mensal fixo pelo regresso à atividade
tm-aides-au-logement-apl-als-alf = Apoios à habitação (APL, ALS, ALF)
tm-allocations-familiales = Abono de família (allocations familiales)
tm-complement-familial-cf = Complemento familiar (CF)
tm-allocation-de-soutien-familial-asf = Subsídio de apoio familiar (ASF)
tm-revenu-de-solidarite-active-rsa = Rendimento de solidariedade ativa (RSA)
tm-prime-dactivite = Prémio de atividade (prime d’activité)
tm-allocation-de-solidarite-aux-personnes = Subsídio de solidariedade para pessoas idosas (ASPA)
tm-allocation-supplementaire-dinvalidite = Subsídio suplementar de invalidez (ASI)
tm-allocation-de-solidarite-specifique-ass = Subsídio de solidariedade específico (ASS)
tm-allocation-adulte-handicape-aah = Subsídio para adultos com deficiência (AAH)
tm-complement-de-ressources-adulte = Complemento de rendimentos para adultos com deficiência
tm-contrat-engagement-jeune = Contrato de compromisso jovem (contrat engagement jeune)
tm-majoration-pour-vie-autonome-mva = Majoração para vida autónoma (MVA)
tm-allocation-deducation-de-lenfant = Subsídio de educação da criança com deficiência (AEEH)
tm-prestation-de-compensation-du-handicap = Prestação de compensação da deficiência (PCH)
tm-prestation-daccueil-du-jeune-enfant-paje = Prestação de acolhimento da criança pequena (PAJE) - Subsídio de base
tm-complement-de-libre-choix-dactivite-clca = Complemento de livre escolha de atividade (CLCA)
tm-prestation-partagee-deducation-de = Prestação partilhada de educação da criança (PreParE)
tm-indemnites-de-maternite-paternite = Indemnizações de maternidade, paternidade, adoção
tm-indemnites-maladie = Indemnizações por doença
tm-indemnites-maladie-professionnelle = Indemnizações por doença profissional
tm-indemnites-daccident-du-travail = Indemnizações por acidente de trabalho
tm-indemnites-dactivite-partielle = Indemnizações por atividade parcial
tm-indemnites-de-volontariat = Indemnizações de voluntariado
tm-dedommagement-aux-victimes-de-lamiante = Indemnização às vítimas do amianto
tm-pension-alimentaire = Pensão de alimentos
tm-pension-alimentaire-versee = Pensão de alimentos paga
tm-prestation-compensatoire-suite-a = Prestação compensatória (após separação)
tm-retraite-y-compris-reversion-rente = Reforma (incluindo pensão de sobrevivência), renda
tm-rente-s-d-education-d-orphelin = Renda(s) de educação, de orfandade…
tm-retraite-du-combattant = Reforma de antigo combatente
tm-pension-dinvalidite = Pensão de invalidez
tm-bourse-de-lenseignement-superieur = Bolsa do ensino superior
tm-bourse-de-recherche = Bolsa de investigação
tm-bourse-du-lycee = Bolsa do ensino secundário (lycée)
tm-gains-exceptionnels-dons-gains-aux-jeux = Ganhos excecionais (doações, ganhos em jogos, herança)
tm-revenus-locatifs-terrains-appartements = Rendimentos de arrendamento (terrenos, apartamentos, SCI…)
tm-revenus-du-capital-interets-plus-values = Rendimentos de capital (juros, mais-valias, dividendos…)
tm-via-une-micro-entreprise-achat-revente = Através de uma microempresa (compra/revenda ou fornecimento de alojamento)
tm-via-une-micro-entreprise-autre-activite = Através de uma microempresa (outra atividade comercial, BIC)
tm-via-une-micro-entreprise-activite = Através de uma microempresa (atividade liberal e/ou intelectual (BNC))
tm-en-tant-qu-exploitant-agricole = Como agricultor (exploitant agricole)
tm-en-profession-liberale-entrepreneur = Como profissional liberal (empresário)
tm-revenus-dactivite-connus = Rendimentos do trabalho conhecidos
tm-autres-revenus-imposables-preretraite = Outros rendimentos tributáveis (pré-reforma, desemprego)
tm-pensions-retraites-rentes = Pensões, reformas, rendas
tm-frais-reels-deductibles = Despesas reais dedutíveis
tm-revenus-fonciers-nets = Rendimentos prediais líquidos
tm-valeur-de-vos-biens-loues = Valor dos seus bens arrendados
tm-valeur-de-vos-terrains-non-loues = Valor dos seus terrenos não arrendados
tm-valeur-locative-terrains-non-loues = Valor locativo dos terrenos não arrendados
tm-valeur-de-vos-biens-immobiliers-non = Valor dos seus imóveis não arrendados
tm-valeur-locative-immobilier-non-loue = Valor locativo dos imóveis não arrendados
tm-epargne-sur-livret-a = Poupança em livret A
tm-epargne-aux-revenus-non-imposables = Poupança com rendimentos não tributáveis
tm-epargne-aux-revenus-imposables = Poupança com rendimentos tributáveis

## aides-jeunes: components

tm-ex-caf-du-loiret = Ex.: CAF du Loiret
tm-id-de-la-simulation = ID da simulação
tm-email-de-l-utilisateur = E-mail do utilizador

## rdv: devise

tm-votre-compte-a-ete-valide = A sua conta foi confirmada.
tm-vous-allez-recevoir-les-instructions = Dentro de alguns minutos vai receber as instruções para confirmar a sua conta.
tm-si-votre-e-mail-existe-dans = Se o seu endereço de e-mail estiver na nossa base de dados, vai receber em breve um e-mail com as instruções para confirmar a sua conta.
tm-votre-compte-a-ete-supprime = A sua conta foi eliminada!
tm-vous-avez-une-invitation-en-attente = Tem um convite pendente. Aceite-o para terminar o seu registo.
tm-votre-connexion-est-deja-active = Já tem sessão iniciada
tm-votre-compte-n-est-pas-encore = A sua conta ainda não está ativada.
tm-email-ou-mot-de-passe-incorrect = E-mail ou palavra-passe incorretos.
tm-vous-avez-droit-a-une-tentative = Tem mais uma tentativa antes de a sua conta ser bloqueada.
tm-votre-compte-est-verrouille = A sua conta está bloqueada.
tm-email-ou-mot-de-passe-invalide = E-mail ou palavra-passe inválidos.
tm-votre-session-est-expiree-veuillez-vous = A sua sessão expirou. Inicie sessão novamente para continuar.
tm-vous-devez-vous-connecter-ou-vous = Tem de iniciar sessão ou registar-se para continuar.
tm-vous-devez-valider-votre-compte-pour = Tem de confirmar a sua conta para continuar.
tm-votre-invitation-n-est-pas-valide = O seu convite não é válido.
tm-votre-mot-de-passe-a-ete = A sua palavra-passe foi guardada e a sua conta está ativada.
tm-votre-mot-de-passe-a-ete-2 = A sua palavra-passe foi guardada.
tm-votre-invitation-a-ete-annulee = O seu convite foi cancelado.
tm-lutilisateur-connecte-ne-correspond-pas = O utilizador com sessão iniciada não é o utilizador convidado. Termine a sessão e tente novamente.
tm-la-session-a-expire = A sessão expirou
tm-choisir-son-mot-de-passe = Escolha a sua palavra-passe
tm-enregistrer = Guardar
tm-ouvrir-l-app-mail = Abrir a aplicação Mail
tm-inscription = Registo
tm-code-dinvitation = Código de convite
tm-creer-son-compte = Criar a sua conta
tm-veuillez-cliquer-sur-le-lien-dans = Clique na ligação do e-mail que acabou de lhe ser enviado
tm-vous-avez-ete-invite-sur = Foi convidado para { $name }
tm-bonjour = Olá, { $email }
tm-vous-avez-ete-invite-sur-vous = Foi convidado para { $name }. Pode aceitar este convite através da ligação abaixo.
tm-accepter-l-invitation = Aceitar o convite
tm-cette-invitation-est-valable-jusqu-au = Este convite é válido até { $date }.
tm-si-vous-n-acceptez-pas-cette = Se não aceitar este convite, ignore este e-mail. Nenhuma conta será criada sem a sua autorização.
tm-instructions-de-confirmation = Instruções de confirmação
tm-instructions-pour-changer-le-mot-de = Instruções para alterar a palavra-passe
tm-instructions-pour-deverrouiller-le = Instruções para desbloquear a conta
tm-votre-mot-de-passe-a-ete-3 = A sua palavra-passe foi alterada com sucesso.
tm-nous-n-avons-pas-pu-vous = Não foi possível autenticá-lo através de { $kind }: «{ $reason }».
tm-authentifie-avec-succes-via = Autenticado com sucesso através de { $kind }.
tm-vous-ne-pouvez-acceder-a-cette = Só pode abrir esta página a partir de um e-mail de reposição da palavra-passe. Se usou um e-mail desse tipo, certifique-se de que usa o URL completo.
tm-vous-allez-recevoir-les-instructions-de = Dentro de instantes vai receber as instruções para repor a palavra-passe
tm-si-votre-e-mail-existe-dans-2 = Se o seu endereço de e-mail estiver na nossa base de dados, vai receber por e-mail uma ligação para repor a palavra-passe
tm-votre-mot-de-passe-a-ete-4 = A sua palavra-passe foi alterada com sucesso; já tem sessão iniciada
tm-votre-mot-de-passe-a-ete-5 = A sua palavra-passe foi alterada com sucesso.
tm-votre-compte-a-ete-supprime-avec = A sua conta foi eliminada com sucesso. Esperamos voltar a vê-lo em breve.
tm-bienvenue-votre-connexion-est-active = Bem-vindo(a), tem sessão iniciada.
tm-votre-compte-est-bien-enregistre-vous = A sua conta foi registada. No entanto, não pode iniciar sessão porque a sua conta ainda não está ativada.
tm-votre-compte-est-bien-enregistre-vous-2 = A sua conta foi registada. No entanto, não pode iniciar sessão porque a sua conta está bloqueada.
tm-un-message-contenant-un-lien-de = Foi enviada para o seu endereço de e-mail uma mensagem com uma ligação de confirmação. Abra essa ligação para ativar a sua conta.
tm-votre-compte-a-bien-ete-mis = A sua conta foi atualizada, mas temos de verificar o seu novo endereço de e-mail. Consulte o seu e-mail e clique na ligação de confirmação para concluir a validação do novo endereço.
tm-votre-compte-a-ete-modifie-avec = A sua conta foi alterada com sucesso.
tm-connexion-reussie = Sessão iniciada.
tm-deconnexion-reussie = Sessão terminada.
tm-mode-deconnecte = Modo sem sessão iniciada.
tm-vous-allez-recevoir-les-instructions-2 = Dentro de instantes vai receber as instruções para desbloquear a sua conta
tm-si-votre-compte-existe-vous-allez = Se a sua conta existir, vai receber em breve um e-mail com as instruções para a desbloquear.
tm-votre-compte-a-ete-deverrouille-avec = A sua conta foi desbloqueada com sucesso; já tem sessão iniciada.

## rdv: errors

tm-a-deja-ete-valide-e-veuillez = já foi confirmado(a); tente iniciar sessão
tm-a-confirmer-dans-les-merci-de = tem de ser confirmado(a) no prazo de { $period }; faça um novo pedido
tm-a-expire-merci-d-en-faire = expirou; faça um novo pedido
tm-n-a-pas-ete-trouve-e = não foi encontrado(a)
tm-n-etait-pas-verrouille-e = não estava bloqueado(a)
tm-une-erreur-a-empeche-ce-tte = Um erro impediu que este(a) { $resource } fosse guardado(a):
tm-erreurs-ont-empeche-ce-tte-d = { $n ->
        [one] { $n } erro impediu
       *[other] { $n } erros impediram
    } que este(a) { $resource } fosse guardado(a):

## rdv: links

tm-espace-usager = Área do utilizador
tm-je-n-ai-pas-recu-le = Não recebi o e-mail de confirmação
tm-je-n-ai-pas-recu-le-2 = Não recebi o e-mail de desbloqueio

## rdv: activerecord

tm-la-validation-a-echoue = A validação falhou: { $errors }

## rdv: errors

tm-doit-etre-accepte-e = tem de ser aceite
tm-doit-etre-rempli-e = tem de ser preenchido(a)
tm-ne-concorde-pas-avec = não corresponde a { $attribute }
tm-doit-etre-egal-a = tem de ser igual a { $n }
tm-doit-etre-pair = tem de ser um número par
tm-n-est-pas-disponible = não está disponível
tm-doit-etre-superieur-a = tem de ser maior do que { $n }
tm-doit-etre-superieur-ou-egal-a = tem de ser maior ou igual a { $n }
tm-n-est-pas-inclus-e-dans = não está na lista
tm-doit-etre-inferieur-a = tem de ser menor do que { $n }
tm-doit-etre-inferieur-ou-egal-a = tem de ser menor ou igual a { $n }
tm-validation-echouee = Validação falhada: { $errors }
tm-n-est-pas-un-nombre = não é um número
tm-doit-etre-un-nombre-entier = tem de ser um número inteiro
tm-doit-etre-impair = tem de ser um número ímpar
tm-doit-etre-different-de = tem de ser diferente de { $n }
tm-doit-etre-vide = tem de estar vazio
tm-doit-exister = tem de existir
tm-est-deja-utilise = já está a ser usado
tm-est-trop-long-pas-plus-d = é demasiado longo (no máximo um carácter)
tm-est-trop-long-pas-plus-de = é demasiado longo (no máximo { $n ->
        [one] { $n } carácter
       *[other] { $n } caracteres
    })
tm-est-trop-court-au-moins-un = é demasiado curto (pelo menos um carácter)
tm-est-trop-court-au-moins-caracteres = é demasiado curto (pelo menos { $n ->
        [one] { $n } carácter
       *[other] { $n } caracteres
    })
tm-ne-fait-pas-la-bonne-longueur = não tem o comprimento certo (tem de ter um só carácter)
tm-ne-fait-pas-la-bonne-longueur-2 = não tem o comprimento certo (tem de ter { $n ->
        [one] { $n } carácter
       *[other] { $n } caracteres
    })
tm-veuillez-verifier-les-champs-suivants = Verifique os campos seguintes:
tm-impossible-d-enregistrer-ce-tte-1 = Não foi possível guardar este(a) { $model }: 1 erro
tm-impossible-d-enregistrer-ce-tte-erreurs = Não foi possível guardar este(a) { $model }: { $n ->
        [one] { $n } erro
       *[other] { $n } erros
    }

## rdv: helpers

tm-ajouter = Adicionar
tm-modifier = Alterar
tm-retirer = Retirar
tm-reinitialiser = Repor
tm-veuillez-selectionner = Selecione

## rdv: public_office

tm-sur-place = presencialmente

## rdv: visio

tm-par-visioconference = por videochamada

## rdv: phone

tm-par-telephone = por telefone

## rdv: home

tm-a-domicile = ao domicílio

## rdv: mailers

tm-a-bientot-lequipe = Até breve, a equipa { $name }

## rdv: users

tm-un-creneau-vient-de-se-liberer = Acabou de ficar livre um horário!
tm-rdv-confirme-le = Marcação confirmada para { $date }
tm-rdv-du-modifie = Marcação de { $date } alterada
tm-rappel-rdv-le = [Lembrete] Marcação em { $date }
tm-rdv-annule-le-avec = Marcação de { $date } com { $name } cancelada
tm-votre-rdv-du-a-ete-annule = A sua marcação { $motif } de { $date } foi cancelada por motivos administrativos.
tm-votre-rdv-du-a-bien-ete = A sua marcação { $motif } de { $date } foi cancelada a seu pedido.
tm-vous-pouvez-reprendre-un-rendez-vous = Pode fazer uma nova marcação ligando para { $telephone_link }.
tm-vous-pouvez-reprendre-un-rendez-vous-2 = Pode fazer uma nova marcação clicando na ligação abaixo:
tm-reprendre-rdv = Fazer nova marcação

## rdv: attributes

tm-email = E-mail
tm-mot-de-passe-actuel = Palavra-passe atual
tm-nom-de-la-commune = Nome do município
tm-responsable = Responsável

## rdv: activerecord

tm-lieu = Local
tm-rendez-vous-honore = Marcação comparecida
tm-rendez-vous-a-venir = Marcação futura
tm-annule-a-linitiative-de-lusager = Cancelada pelo utilizador
tm-annule-a-linitiative-du-service = Cancelada pelo serviço
tm-caisse-d-affiliation = Caixa de inscrição (organismo)
tm-numero-d-allocataire = Número de beneficiário (allocataire)
tm-nombre-d-enfants = Número de filhos
tm-accepte-les-notifications-par-sms = Aceita notificações por SMS
tm-accepte-les-notifications-par-email = Aceita notificações por e-mail
tm-numero-de-pre-demande-ants = Número de pré-pedido ANTS
tm-sans-domicile-fixe = Sem domicílio fixo
tm-heberge = Alojado(a) por outra pessoa
tm-en-accession-a-la-propriete = A comprar casa própria
tm-logement = Habitação
tm-aucune = Nenhuma
tm-proche = Familiar ou próximo
tm-le-prenom-ne-peut-etre-change = O nome próprio não pode ser alterado porque foi certificado pelo FranceConnect
tm-le-nom-de-naissance-ne-peut = O apelido de nascimento não pode ser alterado porque foi certificado pelo FranceConnect
tm-la-date-de-naissance-ne-peut = A data de nascimento não pode ser alterada porque foi certificada pelo FranceConnect
tm-ce-mot-de-passe-fait-partie = Esta palavra-passe está numa lista de palavras-passe muito usadas e por isso não protege a sua conta. Escolha outra.
tm-pour-assurer-la-securite-de-votre = Para proteger a sua conta, a palavra-passe tem de ter pelo menos { $n ->
        [one] { $n } carácter
       *[other] { $n } caracteres
    }
tm-doit-comporter-10-chiffres-et-lettres = tem de ter 10 algarismos e letras
tm-n-a-pas-pu-etre-valide = não pôde ser validado devido a um erro inesperado. Tente novamente dentro de 30 segundos.
tm-ce-numero-de-pre-demande-ants = Este número de pré-pedido ANTS já está a ser usado numa marcação em { $meeting_point }. Cancele essa marcação antes de fazer outra.

## rdv: simple_form

tm-saisissez-un-numero-a-10-chiffres = Introduza um número de 10 algarismos da França continental ou ultramarina, ou então um número internacional com o indicativo do país.
tm-pour-accelerer-votre-demarche-nous-vous = Para acelerar o seu processo, recomendamos vivamente que preencha antecipadamente o seu pedido no site da ANTS e indique o seu número de pré-pedido.

## rdv: pundit

tm-vous-navez-pas-les-droits-suffisants = Não tem permissões suficientes para abrir esta página ou fazer esta ação

## rdv: rdvs

tm-le-duree-minutes = Em { $date } (duração: { $duration ->
        [one] { $duration } minuto
       *[other] { $duration } minutos
    })
tm-aujourdhui-a-duree-minutes = Hoje às { $date } (duração: { $duration ->
        [one] { $duration } minuto
       *[other] { $duration } minutos
    })
tm-1-place-restante = Resta 1 lugar
tm-places-restantes = { $n ->
        [one] Resta { $n } lugar
       *[other] Restam { $n } lugares
    }
tm-1-place = 1 lugar
tm-places = { $n ->
        [one] { $n } lugar
       *[other] { $n } lugares
    }

## rdv: simple_form

tm-merci-de-corriger-les-problemes-suivants = Corrija os problemas seguintes:

## rdv: users

tm-les-champs-d-etat-civil-nom = Os dados de estado civil (apelido de nascimento, nomes próprios, data e local de nascimento) já não podem ser alterados depois da ligação certificada pelo FranceConnect
tm-les-3-lettres-ne-correspondent-pas = As 3 letras não correspondem ao apelido.

## rdv: search

tm-1-lieu-est-disponible = Há 1 local disponível
tm-lieux-sont-disponibles = { $n ->
        [one] Há { $n } local disponível
       *[other] Há { $n } locais disponíveis
    }
tm-selectionnez-un-lieu-de-rdv = Selecione um local para a marcação:
tm-prochaine-disponibilite-le = Próxima disponibilidade em

## rdv: lieux

tm-vous-ne-semblez-pas-beneficier-dun = Parece que não tem acompanhamento nem seguimento; escolha outro motivo ou contacte o seu departamento através do { $phone_number }.

## rdv: common

tm-votre-adresse = A sua morada
tm-votre-service = O seu serviço
tm-ex-21-rue-anatole-france-calais = ex.: 21 rue Anatole France, Calais
tm-modifier-l-adresse = Alterar a morada
tm-choisissez-un-service = Escolha um serviço
tm-choisir-ce-service = Escolher este serviço
tm-le-service-que-vous-cherchez-n = O serviço que procura não está na lista?
tm-modifier-le-service = Alterar o serviço
tm-choisissez-un-motif = Escolha um motivo
tm-choisir-ce-motif = Escolher este motivo

## rdv: users

tm-entrez-les-3-premieres-lettres-de = Introduza as 3 primeiras letras do seu apelido
tm-sophie-dupont-dup = Sophie Dupont: DUP
tm-jean-de-la-fontaine-del = Jean De La Fontaine: DEL
tm-edwige-xi-xi = Edwige Xi: XI
tm-identification = Identificação
tm-choix-de-l-usager = Escolha do utilizador
tm-votre-rendez-vous-a-ete-confirme = A sua marcação foi confirmada.
tm-ce-creneau-nest-plus-disponible-veuillez = Este horário já não está disponível. Selecione outro.
tm-vous-allez-modifier-votre-rdv-qui = Vai alterar a sua marcação { $motif_name_and_service }, que tem lugar em { $date }
tm-mes-informations = Os meus dados
tm-mes-proches = Os meus familiares e próximos
tm-aucun-proche = Nenhum familiar ou próximo
tm-ajouter-un-proche = Adicionar um familiar ou próximo

## mdph: server

tm-identites = Identidades
tm-individus-et-organismes-concernes-par-la = Pessoas e organismos abrangidos pelo pedido
tm-situations-particulieres = Situações especiais
tm-etes-vous-dans-l-une-des = Está numa das seguintes situações?
tm-vous-n-arrivez-plus-a-vivre = Já não consegue viver em sua casa
tm-expliquez-la-difficulte = Explique a dificuldade
tm-votre-ecole-ne-peut-plus-vous = A sua escola já não o pode receber
tm-votre-etablissement-ne-peut-plus-vous = O seu estabelecimento já não o pode receber e não pode voltar para casa
tm-vous-risquez-de-perdre-votre-travail = Corre o risco de perder o emprego
tm-vous-sortez-d-hospitalisation-et-vous = Vai ter alta do hospital e não pode voltar para casa
tm-vous-commencez-bientot-une-nouvelle = Vai começar em breve uma nova formação
tm-precisez = Especifique
tm-date-d-entree-prevue = Data de entrada prevista
tm-vous-venez-de-trouver-un-emploi = Acabou de encontrar emprego
tm-vous-arrivez-dans-moins-de-2 = Os seus direitos terminam dentro de menos de 2 meses (ex.: AEEH, AAH, PCH, RQTH, etc.)
tm-indiquez-le-s-droit-s-concerne = Indique o(s) direito(s) em causa e a(s) data(s) de fim
tm-vie-quotidienne = Vida quotidiana
tm-situation = Situação
tm-besoins = Necessidades
tm-attentes = Expectativas
tm-vous-vivez = Vive
tm-seule = Sozinho(a)
tm-avec-vos-parents-ou-l-un = Com os seus pais (ou com um deles)
tm-avec-vos-enfants-ou-l-un = Com os seus filhos (ou com um deles)
tm-autre-situation = Outra situação
tm-ou-vivez-vous = Onde vive?
tm-vous-avez-un-logement-independant = Tem uma habitação própria independente
tm-vous-vivez-dans-un-etablissement-medico = Vive num estabelecimento médico-social ou de saúde
tm-precisez-le-nom-le-type-et = Indique o nome, o tipo e o local
tm-vous-etes-hebergee-au-domicile = Está alojado(a) em casa de outra pessoa
tm-vous-avez-deja-eu = Já teve:
tm-un-accident-cause-par-un-tiers = Um acidente causado por outra pessoa
tm-un-accident-du-travail = Um acidente de trabalho
tm-un-autre-accident = Outro acidente
tm-suite-a-cet-accident-y-a = Na sequência deste acidente, há um pedido de indemnização em curso ou já concluído?
tm-aupres-de-quel-organisme = Junto de que organismo?
tm-vous-recevez = Recebe:
tm-une-aide-financiere-et-des-ressources = Apoio financeiro e rendimentos
tm-une-aide-technique-materielle-ou-de = Ajuda técnica, material ou equipamento
tm-une-aide-a-la-personne-avec = Ajuda pessoal: alguém que o ajuda
tm-vous-recevez-les-aides-ressources-et = Recebe os seguintes apoios, rendimentos e/ou prestações:
tm-allocation-chomage-versee-par-pole = Subsídio de desemprego pago pelo Pôle Emploi
tm-dans-les-12-mois-precedant-votre = Nos 12 meses anteriores ao seu pedido, recebeu:
tm-un-revenu-d-activite = Rendimentos do trabalho
tm-des-indemnites-journalieres = Subsídios diários (baixa por doença)
tm-un-revenu-issu-d-une-activite = Rendimentos de trabalho num ESAT
tm-vous-percevez-une-ou-plusieurs-des = Recebe um ou vários dos seguintes apoios:
tm-une-pension-d-invalidite = Uma pensão de invalidez
tm-une-autre-pension-de-ce-type = Outra pensão deste tipo
tm-pension-des-deux-tiers-d-incapacite = Pensão dos dois terços, de incapacidade, etc.
tm-une-majoration-tierce-personne = Uma Majoration Tierce Personne (suplemento por assistência de terceira pessoa)
tm-une-allocation-supplementaire-d = Uma Allocation Supplémentaire d'Invalidité (subsídio suplementar de invalidez)
tm-une-rente-d-accident-ou-de = Uma renda por acidente de trabalho ou doença profissional
tm-une-prestation-complementaire-de-recours = Uma Prestation Complémentaire de Recours à Tierce Personne (prestação complementar por assistência de terceira pessoa)
tm-une-retraite-pour-inaptitude-dans-la = Uma reforma por incapacidade na função pública ou antecipada
tm-depuis-le-2 = Desde quando?
tm-connaissez-vous-votre-taux-d-ipp = Conhece a sua taxa de IPP (Incapacité Permanente Partielle, incapacidade permanente parcial)?
tm-renseignez-ici-le-taux-qui-vous = Indique aqui a taxa que lhe foi atribuída pelo seguro de doença (CPAM)
tm-taux-d-ipp-en = Taxa de IPP, em %
tm-vous-avez-indique-recevoir-une-aide = Indicou que recebe ajuda técnica, material ou equipamento; esta ajuda consiste em:
tm-un-amenagement-de-logement = Uma adaptação da habitação
tm-une-aide-animaliere = Um animal de assistência
tm-un-amenagement-de-vehicule = Uma adaptação do veículo
tm-une-aide-technique-ex-barre-d = Uma ajuda técnica (ex.: barra de apoio, andarilho, etc.)
tm-vous-avez-indique-recevoir-une-aide-2 = Indicou que recebe ajuda pessoal; é ajudado(a) por:
tm-votre-famille = A sua família
tm-un-professionnel-de-soins-a-domicile = Um profissional de cuidados ao domicílio
tm-un-accompagnement-medico-social = Um acompanhamento médico-social
tm-etes-vous-a-la-retraite = Está reformado(a)?
tm-depuis-quand = Desde quando?
tm-l-aspa-allocation-de-solidarite-pour = A ASPA (Allocation de Solidarité pour les Personnes Agées, subsídio de solidariedade para idosos)
tm-l-apa-allocation-personnalisee-d = A APA (Allocation Personnalisée d'Autonomie, subsídio personalizado de autonomia)
tm-vous-avez-demande-une-pension-de = Pediu uma pensão de reforma
tm-du-fait-de-votre-handicap = Por causa da sua deficiência:
tm-vous-exercez-une-activite = Trabalha a tempo parcial
tm-precisez-la-quotite-en-pourcentage = Indique a percentagem de tempo de trabalho
tm-vous-avez-du-renoncer-a-votre = Teve de deixar o seu emprego
tm-du-fait-de-votre-handicap-recourez = Por causa da sua deficiência, paga a alguém para o ajudar?
tm-frais-lies-au-handicap-et-restant = Despesas ligadas à deficiência que ficam a seu cargo
tm-indiquez-les-frais-non-rembourses-ou = Indique as despesas não reembolsadas ou, se for o caso, reembolsadas só em parte pelo seu seguro de doença ou seguro complementar (mutuelle). Indique em especial se paga a alguém para o ajudar por causa da sua deficiência.
tm-vous-avez-besoin-d-aide-dans = Precisa de ajuda na sua vida quotidiana:
tm-pour-regler-les-depenses-courantes-loyer = Para pagar as despesas correntes (renda, energia, vestuário, alimentação, etc.)
tm-pour-gerer-votre-budget-et-repondre = Para gerir o seu orçamento e cumprir as suas obrigações (procedimentos administrativos, seguros, impostos, etc.)
tm-pour-l-hygiene-corporelle-se-laver = Para a higiene pessoal (lavar-se, ir à casa de banho)
tm-pour-vous-habiller-mettre-et-oter = Para se vestir (vestir e despir a roupa, escolhê-la, etc.)
tm-pour-faire-les-courses = Para fazer compras
tm-pour-preparer-les-repas = Para preparar as refeições
tm-pour-prendre-les-repas = Para comer as refeições
tm-pour-faire-le-menage-et-l = Para fazer a limpeza da casa e tratar da roupa
tm-pour-prendre-soin-de-votre-sante = Para cuidar da sua saúde (seguir um tratamento, ir a consultas, etc.)
tm-autre-besoin = Outra necessidade
tm-vous-avez-besoin-d-aide-pour = Precisa de ajuda para se deslocar:
tm-pour-se-deplacer-dans-le-domicile = Para se deslocar dentro de casa
tm-pour-sortir-du-domicile-ou-y = Para sair de casa ou entrar em casa
tm-pour-se-deplacer-a-l-exterieur = Para se deslocar fora de casa
tm-pour-utiliser-un-vehicule = Para usar um veículo
tm-pour-utiliser-les-transports-en-commun = Para usar os transportes públicos
tm-pour-partir-en-vacances = Para ir de férias
tm-utilisez-vous-les-transports-adaptes = Usa os transportes adaptados disponíveis na sua zona para se deslocar?
tm-vous-avez-besoin-d-aide-pour-2 = Precisa de ajuda na sua vida social:
tm-pour-communiquer-s-exprimer-se-faire = Para comunicar (exprimir-se, fazer-se compreender)
tm-pour-avoir-des-activites-sportives-et = Para fazer desporto e atividades de lazer
tm-pour-les-relations-avec-les-autres = Para as relações com os outros
tm-pour-vous-occuper-de-votre-famille = Para cuidar da sua família
tm-pour-vous-accompagner-dans-votre-vie = Para o acompanhar na sua vida de cidadão (ex.: ir votar, vida associativa, etc.)
tm-pour-assurer-votre-securite = Para garantir a sua segurança
tm-quelles-sont-vos-attentes-pour-compenser = O que espera para compensar a sua deficiência?
tm-vivre-a-domicile = Viver em casa
tm-un-amenagement-de-votre-lieu-de = Uma adaptação do local onde vive
tm-realiser-un-bilan-des-capacites-dans = Uma avaliação das suas capacidades na vida quotidiana
tm-une-aide-financiere-afin-d-assurer = um apoio financeiro para garantir um rendimento mínimo
tm-une-aide-pour-se-deplacer = Uma ajuda para se deslocar
tm-un-accompagnement-pour-l-adptation = Um acompanhamento para a adaptação / readaptação à vida quotidiana
tm-une-aide-humaine-quelqu-un-qui = Uma ajuda humana: alguém que o ajuda
tm-vivre-en-etablissement = Viver num estabelecimento
tm-du-materiel-ou-equipement = Material ou equipamento
tm-une-aide-financiere-pour-des-depenses = Um apoio financeiro para despesas ligadas à deficiência
tm-un-accueil-temporaire = Um acolhimento temporário
tm-autre-attente = Outra expectativa
tm-avez-vous-deja-identifie-une-ou = Já identificou uma ou várias estruturas que possam responder às suas expectativas?
tm-avez-vous-d-autres-renseignements = Tem outras informações (situação, expectativas, projetos) sobre a sua vida quotidiana?
tm-vie-scolaire-ou-etudiante = Vida escolar ou de estudante
tm-etes-vous-actuellement-scolarise = Frequenta atualmente a escola?
tm-pourquoi-n-etes-vous-pas-scolarise = Porque não frequenta a escola?
tm-vous-etes-trop-jeune = É demasiado novo(a)
tm-a-partir-de-quand-serez-vous = A partir de quando vai frequentar a escola?
tm-vous-etes-sans-solution-d-accueil = Não tem lugar num estabelecimento escolar, universitário ou médico-social
tm-vous-etes-actuellement-scolarise = Frequenta atualmente a escola
tm-en-milieu-ordinaire = Em ensino regular
tm-avec-accompagnement-par-un-service-de = Com acompanhamento de um serviço de saúde ou de um estabelecimento médico-social
tm-en-temps-partage-entre-letablissement = Com o tempo dividido entre o estabelecimento médico-social e o ensino regular ou a casa
tm-en-temps-partage-entre-le-service = Com o tempo dividido entre o serviço de saúde e o ensino regular
tm-en-formation-superieure-ou-en = No ensino superior ou em aprendizagem
tm-etes-vous-place-en-internat = Está em regime de internato?
tm-ses-frais-de-sejour-sont-ils = As despesas de estadia são totalmente pagas pelo seguro de doença, pelo Estado ou pela ação social?
tm-dans-quel-s-etablissement-s = Em que estabelecimento(s)?
tm-quel-type-d-etudes-suivez-vous = Que tipo de estudos frequenta?
tm-quel-s-diplome-s-avez-vous = Que diploma(s) obteve?
tm-quel-s-diplome-s-preparez-vous = Que diploma(s) está a preparar?
tm-decrivez-votre-parcours-d-etudiant-ou = Descreva o seu percurso de estudante ou de aprendiz
tm-annee-etablissement = Ano, estabelecimento
tm-vous-disposez-actuellement-d = Tem atualmente acompanhamento e cuidados
tm-soins-hospitaliers = Cuidados hospitalares
tm-soins-en-liberal = Cuidados de profissionais independentes
tm-vous-disposez-actuellement-d-adaptations = Tem atualmente adaptações das condições materiais
tm-amenagement-et-adaptations-pedagogiques = Adaptações pedagógicas
tm-outils-de-communication = Ferramentas de comunicação
tm-materiel-informatique-et-audiovisuel = Material informático e audiovisual
tm-materiel-deficience-auditive = Material para deficiência auditiva
tm-materiel-deficience-visuelle = Material para deficiência visual
tm-mobilier-et-petits-materiels = Mobiliário e pequeno material
tm-transport = Transporte
tm-vous-disposez-actuellement-d-une-aide = Tem atualmente um assistente para alunos com deficiência
tm-precisez-laquelle = Especifique qual
tm-decrivez-votre-emploi-du-temps-ecole = Descreva o seu horário (escola, cantina, cuidados, etc.)
tm-vous-avez-des-besoins-en-lien = Tem necessidades relacionadas com a escolaridade:
tm-pour-lire = Para ler
tm-pour-ecrire-prendre-des-notes = Para escrever, tirar apontamentos
tm-pour-calculer = Para fazer contas
tm-pour-comprendre-suivre-les-consignes = Para compreender e seguir as instruções
tm-pour-organiser-controler-son-travail = Para organizar e verificar o seu trabalho
tm-pour-l-utilisation-du-materiel = Para usar o material
tm-vous-avez-des-besoins-pour-communiquer = Tem necessidades para comunicar:
tm-pour-assurer-sa-securite = Para garantir a sua segurança
tm-vous-avez-des-besoins-pour-l = Tem necessidades de cuidados pessoais:
tm-pour-l-hygiene-corporelle-aller-aux = Para a higiene pessoal (ir à casa de banho)
tm-pour-s-habiller-mettre-et-oter = Para se vestir (vestir e despir a roupa)
tm-pour-les-repas-manger-et-boire = Para as refeições (comer e beber)
tm-pour-prendre-soin-de-sa-sante = Para cuidar da sua saúde
tm-vous-avez-besoin-d-aide-pour-3 = Precisa de ajuda nas deslocações:
tm-pour-se-deplacer-a-l-interieur = Para se deslocar dentro das instalações
tm-pour-se-deplacer-a-l-exterieur-2 = Para se deslocar fora das instalações
tm-vous-souhaitez = Deseja:
tm-une-adaptation-de-la-scolarite = Uma adaptação da escolaridade
tm-une-orientation-scolaire-differente = Uma orientação escolar diferente
tm-une-aide-humaine = Uma ajuda humana
tm-une-aide-materielle = Uma ajuda material
tm-un-accompagnement-pour-une-readaptation = Um acompanhamento para uma readaptação/reeducação
tm-une-prise-en-charge-par-un = Um acompanhamento num estabelecimento sem alojamento
tm-une-prise-en-charge-par-un-2 = Um acompanhamento num estabelecimento com alojamento
tm-avez-vous-deja-identifie-un = Já identificou um estabelecimento escolar, universitário ou médico-social que possa responder às suas expectativas?
tm-avez-vous-pu-prendre-contact-avec = Conseguiu contactar o seu professor de referência (enseignant référent)?
tm-pourquoi = Porquê?
tm-vous-avez-d-autres-renseignements = Se tiver outras informações importantes (situação, expectativas, projetos) sobre a sua vida escolar, de estudante ou de aprendiz, indique-as aqui:
tm-vie-au-travail = Vida profissional
tm-situation-professionnelle = Situação profissional
tm-parcours-professionnel = Percurso profissional
tm-projet-professionnel = Projeto profissional
tm-avez-vous-actuellement-un-emploi = Tem atualmente um emprego?
tm-avez-vous-deja-travaille = Já trabalhou?
tm-pourquoi-etes-vous-actuellement-sans = Porque está atualmente sem emprego e desde quando?
tm-pouvez-vous-indiquer-pourquoi-vous-etes = Pode indicar porque está atualmente sem emprego?
tm-etes-vous-dans-une-des-situations = Está numa das seguintes situações?
tm-inscrit-a-pole-emploi = Inscrito(a) no Pôle emploi
tm-en-formation-continue = Em formação contínua
tm-votre-accompagnement-vers-l-emploi-est = O seu acompanhamento na procura de emprego é feito por:
tm-mission-locale = Mission locale (centro local de emprego para jovens)
tm-cap-emploi = Cap emploi
tm-pole-emploi = Pôle emploi
tm-un-referent-rsa-designe-par-le = Um referente RSA designado pelo Conseil Général (conselho do departamento)
tm-vous-avez-un-emploi = Tem um emprego:
tm-en-entreprise-adaptee = Numa empresa adaptada (entreprise adaptée)
tm-en-milieu-protege-etablissements-et = Em meio protegido (Etablissements et services d’aide par le travail - ESAT)
tm-quel-est-votre-type-d-emploi = Que tipo de emprego tem?
tm-interim = Trabalho temporário
tm-contrat-aide = Contrato subsidiado
tm-travailleur-independant = Trabalhador independente
tm-regime = Regime:
tm-stagiaire-professionnel = Estagiário profissional
tm-est-ce-un-stage-remunere = É um estágio remunerado?
tm-au-sein-de-quel-organisme-effectuez = Em que organismo faz o seu estágio?
tm-nom-de-l-organisme = Nome do organismo
tm-qui-est-votre-employeur = Quem é o seu empregador?
tm-quel-est-le-nom-de-votre = Qual é o nome do seu cargo?
tm-nom-du-poste = Nome do cargo
tm-votre-emploi-est-il-a-temps = O seu emprego é a tempo inteiro ou parcial?
tm-temps-complet = Tempo inteiro
tm-temps-partiel = Tempo parcial
tm-votre-emploi-est-il-adapte-a = O seu emprego está adaptado à sua deficiência?
tm-quelles-sont-les-difficultes-liees-a = Quais são as dificuldades ligadas à sua deficiência?
tm-accompagnement-pour-conserver-votre = Acompanhamento para manter o seu emprego:
tm-par-la-medecine-du-travail = Pela medicina do trabalho
tm-par-le-service-d-appui-au = Pelo serviço de apoio à manutenção no emprego dos trabalhadores com deficiência (SAMETH)
tm-des-amenagements-ont-ete-realises-sur = Foram feitas adaptações no seu posto de trabalho:
tm-etes-vous-actuellement-en-arret-de = Está atualmente de baixa?
tm-vous-etes-actuellement-en-arret-de = Está atualmente de baixa:
tm-arret-maladie-avec-indemnites = Baixa por doença com subsídios diários
tm-arret-maladie-sans-indemnites = Baixa por doença sem subsídios diários
tm-vous-etes-en-arret-suite-a = Está de baixa na sequência de um acidente de trabalho ou de uma doença profissional
tm-conge-maternite-conge-d-adoption-autre = Licença de maternidade/licença de adoção/outra
tm-avez-vous-rencontre-un-professionnel-du = Encontrou-se com um profissional do serviço social da sua caixa de reforma?
tm-a-quelle-date = Em que data?
tm-avez-vous-rencontre-le-medecin-du = Foi ao médico do trabalho numa consulta antes do regresso ao trabalho?
tm-beneficiez-vous-d-une-ou-des = Recebe uma ou várias das seguintes prestações?
tm-aides-de-l-association-de-gestion = Apoios da associação que gere o fundo para a inserção profissional das pessoas com deficiência (AGEFIPH)
tm-aides-du-fonds-pour-l-insertion = Apoios do fundo para a inserção das pessoas com deficiência na função pública (FIPHFP)
tm-beneficiez-vous-d-une-reconnaissance-de = Tem o reconhecimento da qualidade de trabalhador com deficiência (RQTH)?
tm-souhaitez-vous-saisir-vos-experiences = Quer introduzir as suas experiências profissionais no formulário ou digitalizar o seu CV?
tm-numeriser-le-cv-et-l-ajouter = Digitalizar o CV e juntá-lo ao meu pedido ao finalizá-lo
tm-saisir-mes-experiences-professionnelles = Introduzir as minhas experiências profissionais neste formulário
tm-precisez-vos-experiences = Indique as suas experiências profissionais, incluindo estágios e estruturas de inserção.
tm-votre-niveau-de-qualification = O seu nível de qualificação:
tm-primaire = Primário
tm-secondaire = Secundário
tm-superieur = Superior
tm-derniere-classe-frequentee = Último ano frequentado:
tm-avez-vous-suivi-une-des-formation = Frequentou uma ou várias formações profissionais?
tm-laquelle-lesquelles = Qual/quais?
tm-precisez-votre-vos-dernier-s-diplome = Indique o(s) seu(s) último(s) diploma(s) obtido(s):
tm-avez-vous-un-ou-plusieurs-projet = Tem um ou vários projetos profissionais?
tm-pourquoi-avez-vous-besoin-de-soutien = Porque precisa de apoio?
tm-faire-un-bilan-de-capacites = Fazer uma avaliação das capacidades profissionais
tm-preciser-un-projet-professionnel = Definir um projeto profissional
tm-adapter-l-environnement-de-travail = Adaptar o ambiente de trabalho
tm-acceder-a-un-emploi = Conseguir um emprego
tm-acceder-a-une-formation = Ter acesso a uma formação
tm-autres-renseignements-concernant-votre = Outras informações sobre a sua vida profissional que queira comunicar-nos
tm-vie-de-votre-aidant-familial = Vida do seu cuidador familiar
tm-vous-pouvez-expliquer-l-aide-que = Pode explicar a ajuda que o seu cuidador presta atualmente à pessoa com deficiência e pode exprimir as expectativas e necessidades dele.
tm-comment-s-appelle-votre-aidant = Como se chama o seu cuidador?
tm-nom-et-prenom = Apelido e nome próprio
tm-quel-est-son-lien-avec-la = Qual é a relação dele(a) com a pessoa com deficiência?
tm-vit-il-elle-avec-la-personne = Vive com a pessoa com deficiência?
tm-est-il-elle-actuellement-en-emploi = Tem atualmente emprego?
tm-oui-avec-une-reduction-dactivite-liee = Sim, com redução do horário por causa dos cuidados à pessoa ajudada
tm-quelle-est-la-nature-de-l = Que tipo de ajuda presta?
tm-surveillance-presence-responsable = Vigilância / presença responsável
tm-aide-aux-deplacements-a-linterieur-du = Ajuda nas deslocações dentro da habitação
tm-aide-aux-deplacements-a-lexterieur = Ajuda nas deslocações no exterior
tm-aide-pour-entretenir-le-logement-et = Ajuda na manutenção da habitação e da roupa
tm-aide-a-lhygiene-corporelle = Ajuda na higiene pessoal
tm-aide-a-la-preparation-des-repas = Ajuda na preparação das refeições
tm-aide-a-la-prise-de-repas = Ajuda para comer as refeições
tm-coordination-des-intervenants = Coordenação dos profissionais envolvidos
tm-gestion-administrative-et-juridique = Gestão administrativa e jurídica
tm-gestion-financiere = Gestão financeira
tm-stimulation-par-des-activites-loisirs = Estimulação através de atividades (lazer, saídas, etc.)
tm-aide-a-la-communication-et-aux = Ajuda na comunicação e nas relações sociais
tm-aide-au-suivi-medical = Ajuda no acompanhamento médico
tm-qui-participe-avec-lui-elle-a = Quem participa com ele(a) no acompanhamento da pessoa ajudada?
tm-un-des-professionnel-s = Um ou vários profissionais
tm-un-ou-plusieurs-autre-s-proche = Um ou vários outros familiares ou próximos
tm-il-elle-est-l-unique-aidante = É o(a) único(a) cuidador(a) do requerente
tm-est-il-elle-soutenue-dans-sa = Recebe apoio no seu papel de cuidador(a)?
tm-en-cas-d-empechement-a-t = Se não puder, tem uma solução para ser substituído(a)?
tm-laquelle = Qual?
tm-il-elle-est-ou-sera-prochainement = Está ou estará em breve numa das seguintes situações:
tm-eloignement-geographique-demenagement = Afastamento geográfico (mudança de casa, etc.)
tm-indisponibilite-prolongee-sejour-a = Indisponibilidade prolongada (estadia no estrangeiro, hospitalização, etc.)
tm-changement-majeur-dans-la-situation = Grande mudança na situação pessoal (separação, morte do cônjuge, ida para um lar, etc.)
tm-probleme-de-sante = Problema de saúde
tm-changement-majeur-dans-la-situation-2 = Grande mudança na situação profissional
tm-difficulte-a-assurer-l-accompagnement = Dificuldade em manter o acompanhamento atual (esgotamento, idade, etc.)
tm-ses-attentes-en-tant-qu-aidant = As expectativas dele(a) como cuidador(a) familiar:
tm-pouvoir-se-reposer-au-quotidien = Poder descansar todos os dias
tm-pouvoir-se-faire-remplacer-en-cas = Poder ser substituído(a) quando necessário
tm-pouvoir-se-faire-remplacer-en-cas-2 = Poder ser substituído(a) em caso de imprevisto
tm-se-faire-remplacer-pour-partir-en = Ser substituído(a) para ir de fim de semana/férias
tm-reprendre-renforcer-maintenir-son = Retomar/reforçar/manter a atividade profissional
tm-reprendre-renforcer-maintenir-ses-liens = Retomar/reforçar/manter as relações sociais
tm-obtenir-une-contre-partie-financiere = Obter uma contrapartida financeira
tm-echanger-avec-dautres-aidants = Falar com outros cuidadores
tm-echanger-avec-les-professionnels-qui = Falar com os profissionais que acompanham a pessoa ajudada
tm-avoir-un-soutien-psychologique = Ter apoio psicológico
tm-etre-conseille-pour-mieux-faire-face = Ser aconselhado(a) para lidar melhor com a deficiência do familiar
tm-etre-affilie-gratuitement-a-lassurance = Estar inscrito(a) gratuitamente no seguro de velhice (reforma)
tm-a-t-il-elle-deja-identifie = Já identificou uma ou várias estruturas que possam responder às suas expectativas?
tm-vous-souhaitez-mieux-connaitre-les = Quer conhecer melhor os dispositivos e apoios existentes:
tm-pour-l-aidant = Para o cuidador
tm-pour-la-personne-aidee = Para a pessoa ajudada
tm-autres-renseignements-que-vous = Outras informações sobre a vida do seu cuidador que queira comunicar-nos
tm-documents-lies-a-votre-demande = Documentos do seu pedido
tm-pour-nous-transmettre-les-documents = Para nos enviar os documentos comprovativos obrigatórios e complementares
tm-certificat-medical = Atestado médico
tm-votre-certificat-medical-n-est-pas = O seu atestado médico não é válido; use um dos modelos fornecidos.
tm-un-certificat-medical-de-moins-de = Um atestado médico com menos de 6 meses, o previsto para os pedidos à MDPH.
tm-justificatif-de-domicile = Comprovativo de morada
tm-une-photocopie-dun-justificatif-de = Uma fotocópia de um comprovativo de morada com menos de 3 meses (para as crianças, junte o comprovativo de morada do representante legal; para as pessoas alojadas por outra pessoa: comprovativo de morada e declaração sob compromisso de honra de quem as aloja).
tm-piece-d-identite = Documento de identificação
tm-une-photocopie-recto-verso-dun = Uma fotocópia frente e verso de um documento de identificação da pessoa com deficiência e, se for o caso, do seu representante legal (documento de identificação em vigor, autorização de residência válida ou qualquer outro documento que autorize a permanência em França).
tm-acte-de-deces-acte-de-mariage = Certidão de óbito / certidão de casamento
tm-carte-grise-vehicule-permis-de-conduire = Documento único do veículo, carta de condução
tm-carte-de-sejour = Autorização de residência
tm-avis-d-impot-sur-le-revenu = Nota de liquidação do imposto sobre o rendimento
tm-releve-d-identite-bancaire-rib-iban = Dados bancários (RIB/IBAN)
tm-attestation-de-paiement-des-indemnites = Declaração de pagamento dos subsídios diários (CAF, MSA, SS, Pôle Emploi....)
tm-bulletin-de-salaire = Recibo de vencimento
tm-devis-facture-aide-technique = Orçamento / fatura de ajuda técnica
tm-audiogramme = Audiograma
tm-livret-de-famille = Livro de família (livret de famille)
tm-facture-cantine-restaurant-scolaire = Fatura da cantina (refeitório escolar)
tm-facture-frais-d-obseques = Fatura das despesas de funeral
tm-justificatif-reduction-du-temps-de = Comprovativo de redução do horário de trabalho
tm-billets-de-train-fiche-taxi-frais = Bilhetes de comboio / recibo de táxi (despesas de transporte na sequência de uma colocação)
tm-jugement-de-tutelle-jugement = Sentença de tutela, sentença retificativa, curatela
tm-justificatif-d-emancipation = Comprovativo de emancipação
tm-jugement-de-delegation-d-autorite = Sentença de delegação das responsabilidades parentais
tm-jugement-de-divorce = Sentença de divórcio
tm-bilan-ophtalmologique-mdph = Relatório oftalmológico (MDPH)
tm-complement-medical-d-aide-a-l = Complemento médico de ajuda à avaliação psiquiátrica
tm-bilan-psychologique-etc = Avaliação psicológica, etc.
tm-compte-rendu-d-examen-psychiatrique = Relatório de exame psiquiátrico, questionário psiquiátrico, etc.
tm-bilan-orthophonique-psychomoteur = Avaliação de terapia da fala, psicomotricidade, fisioterapia, osteopatia, etc.
tm-bilan-camsp-cmp-cmpp = Avaliação CAMSP, CMP, CMPP
tm-compte-rendu-d-evaluation-medicale = Relatório de avaliação médica
tm-attestation-medicale = Declaração médica
tm-fiche-de-liaison-medecine-du-travail = Ficha de ligação da medicina do trabalho
tm-prescription-medicale-pour-amenagement-d = Prescrição médica para adaptação de exames
tm-bulletin-d-hospitalisation = Boletim de internamento
tm-fiche-de-prescription-hors = Ficha de prescrição não medicamentosa
tm-gevasco = GEVASco
tm-pour-les-enfants-scolarises-les-attentes = Para as crianças que frequentam a escola, as expectativas são descritas num documento chamado GEVASco. O GEVASco é um guia de recolha de dados que preenche com o diretor do estabelecimento (primeiro pedido) ou com o professor de referência (reapreciação). Pode pedir ao diretor da escola os contactos do seu professor de referência.
tm-bilan-de-l-equipe-de-suivi = Relatório da Equipa de Acompanhamento da Escolarização (ESS)
tm-fiche-de-liaison-financement-du-materiel = Ficha de ligação para o financiamento de material pedagógico adaptado
tm-fiche-d-evaluation-de-l-autonomie = Ficha de avaliação da autonomia do aluno (da inspeção académica)
tm-protocoles-d-accompagnement-d-un-eleve = Protocolos de acompanhamento de um aluno com deficiência por um AVSI (assistente individual de vida escolar)
tm-plan-individualise-d-accompagnement-pia = Plano individualizado de acompanhamento (PIA)
tm-devoirs-particuliers-dyslexie = Trabalhos de casa especiais (dislexia, terapia da fala, etc.)
tm-certificat-de-scolarite-releve-de-notes = Certificado de matrícula, registo de notas, etc.
tm-curriculum-vitae-cv = Currículo (CV)
tm-courriers-orientation-professionnel = Cartas de orientação profissional (UEROS, POPS, CAP EMPLOI...)
tm-bilans-afpa-esat-etc-bilans-appui = Avaliações (AFPA, ESAT, etc.), avaliações Appui Projet, POPS, Préo, UEROS, etc.
tm-rapport-de-stage = Relatório de estágio
tm-syntheses-etablissements-et-services-ems = Sínteses de estabelecimentos e serviços (EMS, SMS, SAVS, SAMSAH, etc.)
tm-autre-document = Outro documento

## mdph: account

tm-plus-qu-une-etape = Só falta um passo
tm-cliquez-sur-le-lien-qui-vous = Clique na ligação que lhe foi enviada para ativar a sua conta (não se esqueça de verificar a pasta de spam).
tm-votre-compte-a-bien-ete-valide = A sua conta foi confirmada.
tm-ce-lien-est-incorrect-ou-a = Esta ligação está incorreta ou já foi usada.
tm-email-envoye = E-mail enviado
tm-cliquez-sur-le-lien-qui-vous-2 = Clique na ligação que lhe foi enviada por e-mail para alterar a sua palavra-passe.
tm-si-vous-avez-oublie-votre-mot = Se se esqueceu da sua palavra-passe, indique o seu endereço de e-mail e ser-lhe-á enviada uma nova palavra-passe.
tm-veuillez-entrer-votre-email = Introduza o seu e-mail.
tm-l-adresse-email-n-est-pas = O endereço de e-mail não é válido.
tm-connectez-vous-pour-reprendre-votre = Inicie sessão para retomar o seu processo
tm-adresse-email = Endereço de e-mail
tm-veuillez-entrer-une-adresse-email = Introduza um endereço de e-mail.
tm-cette-adresse-email-n-est-pas = Este endereço de e-mail não é válido.
tm-veuillez-entrer-un-mot-de-passe = Introduza uma palavra-passe.
tm-vous-n-avez-pas-de-compte = Não tem conta? Registe-se
tm-une-erreur-est-survenue-lors-de-5 = Ocorreu um erro durante o envio. A conta pedida pode já ter sido ativada ou pode não existir.
tm-un-mail-de-confirmation-a-bien = Foi reenviado um e-mail de confirmação para a sua conta de e-mail
tm-nouveau-mot-de-passe = Nova palavra-passe
tm-vous-avez-indique-avoir-oublie-votre = Indicou que se esqueceu da sua palavra-passe. Reponha-a introduzindo uma nova palavra-passe.
tm-inscrivez-vous-pour-commencer-votre = Registe-se para começar o seu processo
tm-veuillez-entrer-votre-adresse-e-mail = Introduza o seu endereço de e-mail.
tm-cet-email-n-est-pas-valide = Este e-mail não é válido.
tm-adresse-email-de-secours = Endereço de e-mail alternativo
tm-veuillez-entrer-votre-adresse-e-mail-2 = Introduza o seu endereço de e-mail alternativo.
tm-erreur-dans-le-formulaire-merci-de = Erro no formulário; atualize a página.
tm-contact = Contacto
tm-veuillez-entrer-votre-numero-de-contact = Introduza o seu número de contacto.
tm-vous-avez-deja-un-compte-connectez = Já tem conta? Inicie sessão

## mdph: apropos

tm-en-quelques-mots = Em poucas palavras
tm-plus-dun-tiers-des-personnes-handicapees = Mais de um terço das pessoas com deficiência consideram complicados os procedimentos administrativos ligados à sua deficiência. Os prazos de tratamento dos pedidos ultrapassam muitas vezes os quatro meses previstos na lei.
tm-un-traitement-informatise-de-bout-en = Um tratamento informatizado do princípio ao fim
tm-une-communication-en-continu = Uma comunicação contínua
tm-pour-les-utilisateurs = Para os utilizadores
tm-un-espace-personnel = Uma área pessoal
tm-un-questionnaire-dynamique = Um questionário dinâmico
tm-un-accompagnement-des-la-saisie-de = Acompanhamento desde o preenchimento do pedido
tm-un-suivit-en-temps-reel = Um acompanhamento em tempo real
tm-une-presence-sur-le-web = Uma presença na Web
tm-une-appropriation-de-votre-espace = Uma área que pode tornar sua

## mdph: demande

tm-veuillez-confirmer-la-demande-de = Confirme o pedido de { $name }
tm-une-fois-la-demande-validee-vous = Depois de o pedido ser confirmado, já não poderá alterar outras informações além dos documentos, e apenas a pedido da MDPH. Encontra abaixo o resumo do seu pedido:
tm-recapitulatif-de-votre-demande = Resumo do seu pedido
tm-documents = Documentos:
tm-en-validant-je-certifie-que-les = Ao confirmar, certifico que as informações acima estão corretas.
tm-la-mdph-n-accepte-pas-les = A MDPH { $name } não aceita pedidos deste serviço online, por isso não é possível enviar-lhe um pedido através deste serviço online.
tm-demande-n = Pedido n.º { $shortId }
tm-votre-mdph-vous-demande-de-corriger = A sua MDPH pede-lhe que corrija os documentos associados ao seu pedido
tm-pour-tout-autre-modification-veuillez = Para qualquer outra alteração, contacte diretamente a sua MDPH (encontra os contactos no fundo da página)
tm-telecharger = Descarregar
tm-votre-demande-est-en-cours-de = O seu pedido está a ser validado pela sua MDPH
tm-informations-obligatoires = Informações obrigatórias
tm-informations-complementaires = Informações complementares
tm-decrivez-votre-situation-vos-besoins-vos = Descreva a sua situação, as suas necessidades, os seus projetos e as suas expectativas.
tm-demande = Pedido / { $label }
tm-demande-documents = Pedido / Documentos
tm-en-cours = { $name } - em curso... { $progress }%
tm-ajouter-un-document = Adicionar um documento
tm-autres-types-de-documents = Outros tipos de documentos
tm-retourner-a-la-demande = Voltar ao pedido
tm-choix-du-type-de-document = Escolha do tipo de documento
tm-recherche = Pesquisa
tm-suggestions-de-documents-a-fournir = Sugestões de documentos a entregar
tm-demande-identite-de-l-autorite-parentale = Pedido / Identidade de quem exerce as responsabilidades parentais
tm-demande-identite-de-la-personne-vous = Pedido / Identidade da pessoa que o ajuda neste processo
tm-la-personne-vous-aidant-dans-votre = A pessoa que o ajuda no seu processo é
tm-un-proche = Um familiar ou próximo
tm-une-association = Uma associação
tm-nom-ou-intitule = Nome (ou designação)
tm-la-longueur-minimale-du-nom-est = O nome tem de ter pelo menos 1 carácter.
tm-recherche-adresse = Pesquisa de morada
tm-localite = Localidade
tm-telephone-1 = Telefone 1
tm-telephone-2 = Telefone 2
tm-demande-identite-du-beneficiaire = Pedido / Identidade do beneficiário
tm-nom-d-epouxse-ou-nom-d = Apelido do cônjuge ou apelido de uso
tm-homme = Homem
tm-femme = Mulher
tm-espace-economique-europeen-ou-suisse = Espaço Económico Europeu ou Suíça
tm-date-de-naissance-au-format-jour = Data de nascimento no formato dia/mês/ano
tm-veuillez-utiliser-le-format-jj-mm = Use o formato DD/MM/AAAA. Por exemplo: 14/09/1989.
tm-commune-de-naissance = Município de nascimento
tm-pays-en-cas-de-naissance-a = País (se nasceu no estrangeiro)
tm-l-adresse-email-saisie-est-incorrecte = O endereço de e-mail introduzido está incorreto.
tm-si-vous-avez-elu-domicile-aupres = Se tem domicílio administrativo num organismo (associação, centro de acolhimento ou de ação social), indique qual
tm-organisme-payeur-de-prestations = Organismo que paga as prestações familiares / RSA
tm-organisme-d-assurance-maladie = Organismo do seguro de doença
tm-votre-numero-de-securite-sociale = O seu número da Segurança Social
tm-ce-numero-de-securite-sociale-est = Este número da Segurança Social não é válido.
tm-ce-champ-est-incomplet = Este campo está incompleto.
tm-si-cest-votre-enfant-qui-est = Se o pedido disser respeito ao seu filho, indique o número da Segurança Social dele
tm-etes-vous-aide-e-dans-vos = Alguém o ajuda nos seus processos junto da MDPH?
tm-beneficiez-vous-dune-mesure-de = Está sujeito(a) a uma medida de proteção jurídica?
tm-demande-identite-du-representant-legal = Pedido / Identidade do representante legal
tm-demande-prestations = Pedido / Prestações
tm-demandes-relatives-a-la-vie-quotidienne = Pedidos relativos à vida quotidiana
tm-carte-mobilite-inclusion = Carte mobilité inclusion (cartão de mobilidade para pessoas com deficiência)
tm-allocation-compensatrice-ac = Allocation Compensatrice (AC, subsídio compensatório)
tm-demandes-relatives-a-la-vie-scolaire = Pedidos relativos à vida escolar
tm-demandes-relatives-au-travail-a-lemploi = Pedidos relativos ao trabalho, ao emprego e à formação profissional
tm-orientation-professionnelle = Orientação profissional
tm-le-dispositif-emploi-accompagne-propose = «O dispositivo de emprego apoiado oferece ao trabalhador com deficiência e ao seu empregador um acompanhamento médico-social e apoio à inserção profissional. Podem beneficiar deste dispositivo os trabalhadores com deficiência:
tm-ayant-un-projet-dinsertion-en-milieu = que tenham um projeto de inserção no mercado de trabalho regular,
tm-accueillis-dans-un-etablissement-ou = acolhidos num estabelecimento ou serviço de ajuda pelo trabalho (ESAT) que tenham um projeto de inserção no mercado de trabalho regular,
tm-deja-en-emploi-en-milieu-ordinaire = que já trabalham no mercado de trabalho regular e têm dificuldades especiais em garantir a sua inserção profissional.»
tm-demande-confirmer-votre-compte-mail = Pedido / Confirme a sua conta de e-mail
tm-vous-n-avez-pas-encore-confirme = Ainda não confirmou a sua conta. Pode fazê-lo abrindo a ligação de ativação que lhe foi enviada por e-mail.
tm-en-cas-de-difficultes-vous-pouvez = Em caso de dificuldade, pode contactar-nos através do endereço contact.mdphenligne@cnsa.fr
tm-cliquez-ici-pour-renvoyer-un-mail = Clique aqui para reenviar um e-mail de confirmação
tm-retourner-au-profil = Voltar ao perfil

## mdph: layout

tm-connexion = Início de sessão

## mdph: main

tm-trouvez-le-service-en-ligne-de = Encontre o serviço online da sua MDPH
tm-votre-demande-en-ligne-a-la = O seu pedido online à MDPH
tm-la-mdph-c-est-la-maison = A MDPH é a Maison Départementale pour les Personnes Handicapées (centro departamental para pessoas com deficiência). Pode responder às necessidades ligadas à sua deficiência.
tm-ce-service-vous-permet-de-saisir = Este serviço permite-lhe preencher o seu pedido e enviá-lo à sua MDPH para que ela trate do seu processo.
tm-il-vous-permet-de-solliciter-la = Permite-lhe dirigir-se à MDPH como beneficiário ou como representante legal de um beneficiário.
tm-en-fonction-de-votre-situation-vous = Conforme a sua situação, talvez possa ter direito ao seguinte

## mdph: mdph

tm-votre-mdph = A sua MDPH: { $name }
tm-gerez-vos-demandes-en-ligne = Faça a gestão dos seus pedidos online
tm-mdph = MDPH { $name }
tm-votre-mdph-n-utilise-pas-ce = A sua MDPH não usa este serviço de pedidos online
tm-continuer-sur-service-public-fr = Continuar em service-public.fr
tm-continuer-sur = Continuar em { $label }

## mdph: medecin

tm-votre-e-mail = O seu e-mail
tm-ex-email-domaine-fr = Ex.: email@domaine.fr
tm-l-adresse-email-est-obligatoire = O endereço de e-mail é obrigatório.
tm-modeles-de-certificats = Modelos de atestados

## mdph: mon_compte

tm-en-attente-de-validation = A aguardar validação
tm-si-vous-n-avez-pas-recu = Se não recebeu este e-mail, clique aqui para o reenviar.
tm-modifier-mon-mot-de-passe = Alterar a minha palavra-passe
tm-veuillez-entrer-votre-mot-de-passe = Introduza a sua palavra-passe anterior.

## mdph: partenaire

tm-nous-vous-avons-envoye-un-mail = Enviámos-lhe um e-mail para confirmar o seu endereço de e-mail.
tm-type = Tipo
tm-document-ajoute = Documento adicionado
tm-choisir-le-fichier = Escolher o ficheiro
tm-veuillez-selectionner-un-fichier = Selecione um ficheiro
tm-ajouter-ce-fichier = Adicionar este ficheiro

## mdph: profil

tm-profil-identite-du-representant-legal = Perfil / Identidade do representante legal
tm-profil-prestations = Perfil / Prestações
tm-supprimer-ce-profil = Eliminar este perfil

## mdph: suivi

tm-cookies-deposes-et-opt-out = Cookies instalados e recusa (opt-out)
tm-ce-site-depose-un-petit-fichier = Este site instala um pequeno ficheiro de texto (um «cookie») no seu computador quando o visita. Isto permite-nos medir o número de visitas e perceber quais são as páginas mais consultadas.
tm-ce-site-naffiche-pas-de-banniere = Este site não mostra uma faixa de consentimento de cookies, porquê?
tm-je-contribue-a-enrichir-vos-donnees = Contribuo para enriquecer os vossos dados, posso aceder-lhes?
tm-bien-sur-les-statistiques-dusage-de = Claro! As estatísticas de utilização da maioria dos nossos produtos, incluindo https://mdphenligne.cnsa.fr/, estão disponíveis em acesso livre em stats.data.gouv.fr.

## mdph: autorite-form

tm-parent = Progenitor { $n }
tm-exerce-l-autorite-parentale = Exerce as responsabilidades parentais
tm-meme-adresse-que-le-beneficiaire = Mesma morada que o beneficiário

## mdph: detail

tm-en-cochant-cette-case-vous-certifiez = Ao marcar esta caixa, certifica que tem o consentimento de { $name } para apresentar um pedido em nome dele(a)
tm-precisez-le-domicile = Indique em casa de quem vive
tm-de-vos-parents-ou-l-un = Dos seus pais (ou de um deles)
tm-de-vos-enfants-ou-l-un = Dos seus filhos (ou de um deles)
tm-d-un-e-ami-e = De um(a) amigo(a)
tm-d-un-autre-membre-de-votre = De outro membro da sua família
tm-d-une-famille-d-accueil = De uma família de acolhimento
tm-et-vous-etes = E é
tm-de-categorie = Da categoria
tm-son-prenom = O nome próprio dele(a)
tm-montant = Montante
tm-montant-invalide = Montante inválido
tm-veuillez-saisir-un-nombre-entre-0 = Introduza um número entre 0 e 100.

## mdph: display-file

tm-pas-de-documents = Sem documentos
tm-raison-du-refus = Motivo da recusa:
tm-supprimez = Elimine
tm-suppression-d-un-document = Eliminação de um documento

## mdph: footer

tm-contactez-votre-mdph = Contacte a sua MDPH

## mdph: help

tm-precisez-vos-besoins-de-compensation = Indique as suas necessidades de compensação ligadas à sua deficiência
tm-plusieurs-reponses-sont-possibles = Pode dar várias respostas
tm-adaptez-vos-reponses-a-votre-age = Adapte as suas respostas à sua idade.
tm-le-besoin-daide-correspond-a-une = A necessidade de ajuda corresponde a uma ajuda humana direta, ou à necessidade de ser estimulado, orientado ou incentivado verbalmente, ou a uma ajuda material ou financeira.
tm-ce-document-correspond-a-lexpression-de = Este documento exprime as necessidades que sente. Depois, a equipa da MDPH fará uma avaliação aprofundada e, se necessário, reunir-se-á consigo.

## mdph: liste-prestations

tm-allocation-aux-adultes-handicapes-aah-et = Allocation aux adultes handicapés (AAH, subsídio para adultos com deficiência) e o seu complemento
tm-carte-d-invalidite-de-priorite-de = Cartão de invalidez / de prioridade / de estacionamento
tm-orientation-vers-un-etablissement-ou = Orientação para um estabelecimento ou serviço médico-social (ESMS)
tm-renouvellement-d-allocation = Renovação do subsídio compensatório (ACTP ou ACFP)
tm-projet-personnalise-de-scolarisation = Projeto personalizado de escolarização – percurso e apoios à escolarização
tm-orientation-professionnelle-et-ou = Orientação profissional e/ou formação profissional
tm-reconnaissance-de-la-qualite-de = Reconhecimento da qualidade de trabalhador com deficiência (RQTH)
tm-affiliation-gratuite-a-l-assurance = Inscrição gratuita no seguro de velhice dos pais que ficam em casa (AVPF)

## mdph: mdph-input

tm-autre-departement-indiquez-votre-numero = Outro departamento: indique o número dele (por exemplo 01 ou 75)

## mdph: menu-dashboard

tm-mes-demandes = Os meus pedidos
tm-documents-associes = Documentos associados

## mdph: nav-steps

tm-question-precedente = Pergunta anterior

## mdph: password-field

tm-votre-mot-de-passe-est-d = A sua palavra-passe é demasiado fraca.
tm-veuillez-saisir-8-caracteres = Introduza 8 caracteres.
tm-presenter-trois-des-quatre-categories-de = Ter três dos quatro tipos de caracteres seguintes: maiúscula, minúscula, algarismo e/ou caracteres especiais.
tm-ce-jeton-de-modification-a-deja = Este código de alteração já foi usado para repor a sua palavra-passe. Faça um novo pedido de reposição.

## mdph: password-rules-alert

tm-comprendre-huit-caracteres = ter oito caracteres,
tm-etre-d-une-robustesse-moyenne = ter uma robustez média.
tm-afin-de-garantir-au-mieux-l = Para garantir da melhor forma a integridade dos dados, a palavra-passe deve, pelo menos:

## mdph: prestations

tm-precisez-eventuellement-votre-demande = Se quiser, especifique o seu pedido

## mdph: question

tm-veuillez-selectionner-une-des-options-ou = Selecione uma das opções ou especifique a sua resposta
tm-intitule-du-poste = Designação do cargo
tm-employeur = Empregador
tm-entreprise = Empresa
tm-type-de-contrat = Tipo de contrato
tm-date-de-debut-au-format-jour = Data de início no formato dia/mês/ano
tm-motif-de-fin-d-activite = Motivo do fim da atividade
tm-motif = Motivo
tm-valider-l-experience = Validar a experiência
tm-ajouter-une-experience = Adicionar uma experiência
tm-annee-d-obtention = Ano de obtenção
tm-domaine = Área
tm-intitule-du-diplome = Designação do diploma
tm-domaine-d-etude = Área de estudo
tm-retirer-le-dernier-diplome = Retirar o último diploma
tm-ajouter-un-diplome = Adicionar um diploma
tm-matin = Manhã
tm-midi = Meio-dia
tm-soiree-nuit = Serão/noite
tm-nom-de-l-etablissement = Nome do estabelecimento
tm-rue = Rua
tm-ex-college-jules-ferry = Ex.: collège Jules Ferry
tm-ex-1-rue-de-l-eglise = Ex.: 1, rue de l'église
tm-ex-paris = Ex.: Paris
tm-supprimer-le-dernier-etablissement = Eliminar o último estabelecimento
tm-ajouter-un-etablissement = Adicionar um estabelecimento
tm-frais-engages = Despesas efetuadas
tm-montant-total-frequence = Montante total / Frequência
tm-montant-rembourse = Montante reembolsado
tm-libelle-des-frais = Descrição das despesas
tm-par-jour = Por dia
tm-par-semaine = Por semana
tm-par-mois = Por mês
tm-par-an = Por ano
tm-supprimer-le-dernier-frais = Eliminar a última despesa
tm-ajouter-des-frais-ponctuels = Adicionar despesas pontuais
tm-ajouter-des-frais-recurrents = Adicionar despesas recorrentes
tm-derniere-reponse-enregistree-le = Última resposta guardada em { $updatedAt }: { $previousModel }
tm-nom-de-la-structure = Nome da estrutura
tm-etes-vous-deja-en-contact = Já está em contacto?
tm-supprimer-la-derniere-structure = Eliminar a última estrutura
tm-ajouter-une-structure = Adicionar uma estrutura

## mdph: representant-form

tm-type-de-mesure-de-protection = Tipo de medida de proteção
tm-tutelle = Tutela
tm-curatelle = Curatela
tm-curatelle-renforcee = Curatela reforçada
tm-habilitation-familiale = Habilitação familiar (habilitation familiale)

## aidants: layouts

tm-page-d-accueil = Página inicial

## aidants: 400.html

tm-il-y-a-eu-un-souci = Houve um problema técnico durante a troca de dados.
tm-la-syntaxe-de-la-requete-est = A sintaxe do pedido está errada. Pode tentar novamente ou contactar-nos se o problema continuar.

## aidants: 403.html

tm-vous-n-avez-pas-la-permission = Não tem permissão para abrir esta página.
tm-si-vous-pensez-qu-il-s = Se achar que se trata de um erro, pode ir à nossa página inicial ou contactar-nos para obter ajuda.

## aidants: 404.html

tm-la-page-que-vous-cherchez-est = A página que procura não foi encontrada. Pedimos desculpa pelo incómodo.
tm-si-vous-avez-tape-l-adresse = Se escreveu o endereço web no navegador, verifique se está correto. A página pode já não estar disponível. Nesse caso, para continuar pode ir à nossa página inicial. Caso contrário, contacte-nos para o podermos encaminhar para a informação certa.

## aidants: 408.html

tm-le-temps-imparti-a-la-connexion = Esgotou-se o tempo para a ligação ao FranceConnect.
tm-vous-pouvez-reessayer-la-connexion = Pode tentar ligar-se novamente a partir da página inicial. Se o problema continuar, contacte-nos.

## aidants: 500.html

tm-desole-le-service-rencontre-un-probleme = Lamentamos, o serviço está com um problema; estamos a trabalhar para o resolver o mais depressa possível.
tm-essayez-de-rafraichir-la-page-ou = Experimente atualizar a página ou tente mais tarde.
tm-si-vous-avez-besoin-d-une = Se precisar de ajuda imediata, contacte-nos diretamente.

## aidants: aidants_connect_web

tm-imprimer-le-mandat = Imprimir o mandato
tm-mandat-final = Mandato final
tm-attention-ceci-est-un-projet-de = Atenção! Isto é um projeto de mandato. Não tem qualquer valor jurídico.
tm-le-mandat-a-ete-cree-avec = O mandato foi criado com sucesso. Imprima-o para que o mandante o assine.
tm-pour-imprimer-selectionnez-dans-le-menu = 🖨 Para imprimir, selecione no menu do seu navegador «Ficheiro» e depois «Imprimir».
tm-projet-de-mandat-traduit = Projeto de mandato traduzido
tm-vous-trouverez-ci-dessous-un-mandat = Encontra abaixo um modelo de mandato disponível em várias traduções. As traduções do mandato servem apenas para explicar ao utilizador o que é um mandato e o que implica. Estas traduções não têm qualquer valor jurídico. Só o mandato final em francês tem valor jurídico.
tm-vous-pouvez-imprimer-ce-mandat-type = Pode imprimir este modelo de mandato clicando no botão abaixo. Lembramos que este mandato não tem qualquer valor jurídico. É traduzido apenas a título informativo para o utilizador.
tm-version-francaise = Versão em francês
tm-traduire-le-mandat-en = Traduzir o mandato para:
tm-mandat-pour-realiser-des-demarches-en = Mandato para tratar de procedimentos online com o serviço «Aidants Connect»
tm-attention-nous-vous-rappelons-que-ce = Lembramos que este mandato não tem qualquer valor jurídico. É traduzido apenas a título informativo para o utilizador.
tm-version-francaise-et-traductions = Versão em francês e traduções
tm-revocation-d-une-autorisation-via-le = Revogação de uma autorização através do serviço «Aidants Connect»
tm-je-soussigne-e-souhaite-revoquer-l = Eu, abaixo assinado(a), { $get_full_name }, desejo revogar a autorização «{ $authorization }» criada em { $creation_date } com { $organisation }.
tm-fait-a-le = Feito em { $display_address }, em { $date }
tm-le-mandant = O mandante
tm-lautorisation-a-ete-revoquee-avec-succes = A autorização foi revogada com sucesso. Imprima-a para que o mandante a assine.
tm-l-autorisation-a-ete-revoquee-avec = A autorização foi revogada com sucesso!
tm-rappel-de-l-autorisation-revoquee = Resumo da autorização revogada
tm-thematique-administrative = Tema administrativo
tm-date-de-l-autorisation = Data da autorização
tm-expiration-de-l-autorisation = Fim da validade da autorização
tm-imprimer-l-attestation-de-revocation = Imprimir o comprovativo de revogação
tm-confirmer-la-revocation-de-l = Confirmar a revogação da autorização
tm-merci-de-verifier-les-informations-ci = Verifique os dados abaixo antes de confirmar a revogação da autorização
tm-rappel-de-l-autorisation-en-cours = Resumo da autorização a revogar
tm-thematique-administrative-associee = Tema administrativo associado
tm-souhaitez-vous-confirmer-la-revocation = Deseja confirmar a revogação desta autorização?
tm-revoquer-l-autorisation = Revogar a autorização
tm-confirmation-de-revocation = Confirmação da revogação
tm-merci-de-verifier-les-informations-ci-2 = Verifique os dados abaixo antes de confirmar a revogação do mandato
tm-rappel-du-mandat-en-cours-de = Resumo do mandato a revogar
tm-date-du-mandat = Data do mandato
tm-expiration-du-mandat = Fim da validade do mandato
tm-souhaitez-vous-confirmer-la-revocation-2 = Deseja confirmar a revogação deste mandato?
tm-revoquer-le-mandat = Revogar o mandato
tm-revocation-d-un-mandat-via-le = Revogação de um mandato através do serviço Aidants Connect
tm-je-soussigne-e-souhaite-revoquer-le = Eu, abaixo assinado(a), { $usager_name }, desejo revogar o mandato «Aidants Connect» criado em { $creation_date } com { $organisation }.
tm-le-mandat-a-ete-revoque-avec = O mandato foi revogado com sucesso. Imprima-o para que o mandante o assine.
tm-le-mandat-a-ete-revoque-avec-2 = O mandato foi revogado com sucesso!
tm-rappel-du-mandat-revoque = Resumo do mandato revogado
tm-mandat-pour-realiser-des-demarches = Mandato para tratar de procedimentos administrativos online em nome de um utilizador através do serviço «Aidants Connect» durante o estado de emergência sanitária declarado pelo artigo 4.º da lei de 23 de março de 2020.
tm-je-soussigne-e-autorise-dont-seuls = Eu, abaixo assinado(a), { $get_full_name }, autorizo { $organisation }, cujos únicos agentes habilitados podem agir em meu lugar, a tratar em meu nome, nos termos dos artigos 1984.º e seguintes do Código Civil, dos seguintes procedimentos administrativos online, quer sejam procedimentos acessíveis através do FranceConnect quer não:
tm-autorise-a-utiliser-ses-donnees-a = { $usager } autoriza { $name } a usar os seus dados pessoais apenas para executar este mandato.
tm-l-aidant-habilite-de-a-rappele = O ajudante habilitado de { $name } lembrou a { $usager } o objetivo da intervenção, porque são recolhidos os seus dados e para que servem; que tem direitos sobre os seus dados (acesso, retificação, eliminação, etc.) e que o mandante pode retirar o seu consentimento a qualquer momento.
tm-a-cette-fin = Para esse fim:
tm-ne-collecter-et-conserver-que-les = recolher e guardar apenas os dados estritamente necessários aos procedimentos indicados,
tm-nutiliser-les-informations-fournies-que = usar os dados fornecidos apenas para os procedimentos indicados. Para tratar de outros procedimentos, deve antes informar o utilizador e obter a sua autorização;
tm-ne-collecter-et-conserver-que-les-2 = recolher e guardar apenas os dados estritamente necessários aos âmbitos de procedimentos indicados;
tm-nutiliser-les-informations-fournies-que-2 = usar os dados fornecidos apenas para tratar destes procedimentos. Para tratar de outros procedimentos, deve antes informar o utilizador e obter a sua autorização;
tm-mettre-a-jour-puis-a-supprimer = atualizar e depois eliminar todos os dados do utilizador quando já não forem necessários para tratar dos procedimentos;
tm-respecter-la-confidentialite-des = respeitar a confidencialidade dos dados fornecidos;
tm-prendre-toutes-les-precautions-pour = tomar todas as precauções para garantir a segurança dos dados pessoais transmitidos.
tm-le-mandataire-sengage-a = O mandatário compromete-se a:
tm-le-present-mandat-est-accepte-et = O presente mandato é aceite e consentido pelo tempo necessário para o ajudante habilitado de { $name } cumprir as suas tarefas. O mandato termina quando os procedimentos acima referidos tiverem sido tratados, ou a qualquer momento se o mandante ou o mandatário decidir revogá-lo.
tm-l-aidant-habilite-de-est-tenu = O ajudante habilitado de { $name } é obrigado a cumprir o mandato enquanto dele estiver encarregado, e responde pelos danos que possam resultar do seu incumprimento, nos termos dos artigos 1991.º e seguintes do Código Civil.
tm-mandat-pour-realiser-des-demarches-en-2 = Mandato para tratar de procedimentos online com o serviço «Aidants Connect» durante o estado de emergência sanitária
tm-je-mappelle-je-suis-le-mandant = Chamo-me: { $name } (sou o mandante)
tm-jautorise-cest-le-mandataire-a-realiser = Autorizo { $name } (é o mandatário) a tratar em meu lugar dos seguintes procedimentos administrativos: { $n }
tm-cette-autorisation-est-conforme-aux = Esta autorização está em conformidade com os artigos 1984.º e seguintes do Código Civil. Os procedimentos serão tratados na internet, em sites que usam o FranceConnect ou noutros sites. Também podem ser tratados por qualquer meio que a administração permita (telefone, papel, e-mail, …).
tm-je-peux-annuler-mon-autorisation-a = Posso cancelar a minha autorização a qualquer momento.
tm-je-reconnais-que-laidant-habilite-par = Reconheço que o ajudante habilitado por { $name } me lembrou o objetivo da sua intervenção e me informou sobre a necessidade e a utilidade dos dados recolhidos;
tm-jautorise-les-aidants-habilites-par-a = Autorizo os ajudantes habilitados por { $name } a usar os meus dados pessoais no âmbito deste mandato. Sei que tenho direitos sobre os dados que me dizem respeito: acesso, retificação, eliminação.
tm-pour-que-puisse-agir-a-ma = Para que { $name } possa agir em meu lugar:
tm-effectuer-les-demarches-listees-dans-ce = tratar em meu lugar dos procedimentos indicados neste documento, com base nos dados que lhes dei;
tm-collecter-et-conserver-seulement-les = recolher e guardar apenas os dados necessários aos procedimentos indicados neste documento ou aos que com eles se relacionam;
tm-utiliser-et-communiquer-seulement-les = usar e comunicar apenas os dados necessários aos procedimentos indicados neste documento ou aos que com eles se relacionam;
tm-minformer-et-demander-mon-autorisation = informar-me e pedir a minha autorização antes de tratar de procedimentos diferentes dos indicados neste documento;
tm-mettre-a-jour-et-supprimer-lensemble = atualizar e eliminar todos os meus dados pessoais quando já não forem úteis;
tm-sinterdire-de-rendre-publiques-mes = nunca tornar públicos os meus dados pessoais;
tm-prendre-toutes-les-precautions-pour-2 = tomar todas as precauções para garantir a segurança dos meus dados pessoais.
tm-les-aidants-habilites-par-doivent = Os ajudantes habilitados por { $name } devem:
tm-a-partir-du-moment-ou-un = A partir do momento em que um ajudante habilitado por { $name } trata em meu lugar de um dos procedimentos indicados neste documento, aceita fazê-lo nas condições descritas neste documento.
tm-les-demarches-decrites-ci-dessus-sont = os procedimentos descritos acima estão tratados;
tm-je-decide-de-lannuler = eu decido cancelá-la;
tm-laidant-habilite-par-decide-de-lannuler = o ajudante habilitado por { $name } decide cancelá-la;
tm-je-donne-mon-autorisation-a-une = dou a minha autorização a outra pessoa que não um ajudante habilitado por { $name }. Nesse caso, tenho de informar { $name } o mais depressa possível.
tm-mon-autorisation-est-donnee-et-acceptee = A minha autorização é dada e aceite { $n }. Termina antes se:
tm-l-aidant-habilite-par-doit-accomplir = O ajudante habilitado por { $name } deve tratar em meu lugar dos procedimentos indicados neste documento enquanto o mandato for válido. O ajudante habilitado por { $name } pode ser responsabilizado se não respeitar as condições descritas neste documento (artigo 1991.º do Código Civil).
tm-jautorise-cest-le-mandataire-a-realiser-2 = Autorizo { $name } (é o mandatário) a tratar em meu lugar dos seguintes procedimentos administrativos:
tm-collecter-et-conserver-utiliser-et = recolher e guardar, usar e comunicar apenas os dados necessários aos procedimentos indicados neste documento ou aos que com eles se relacionam;
tm-l-aidant-habilite-par-doit-accomplir-2 = O ajudante habilitado por { $name } deve tratar em meu lugar dos procedimentos indicados neste documento enquanto o mandato for válido. Pode ser responsabilizado se não respeitar as condições descritas neste documento (artigo 1991.º do Código Civil).
tm-fait-a-le-2 = Feito em { $display_address }, { $display_city }, em { $date }
tm-jautorise-cest-le-mandataire-a-realiser-3 = Autorizo { $name } (é o mandatário) a tratar por minha conta dos seguintes procedimentos administrativos:
tm-pour-que-puisse-agir-pour-mon = Para que { $name } possa agir por minha conta:
tm-effectuer-les-demarches-listees-dans-ce-2 = tratar por minha conta dos procedimentos indicados neste documento, com base nos dados que lhes dei;
tm-a-partir-du-moment-ou-un-2 = A partir do momento em que um ajudante habilitado por { $name } trata por minha conta de um dos procedimentos indicados neste documento, aceita fazê-lo nas condições descritas neste documento.
tm-l-aidant-habilite-par-doit-accomplir-3 = O ajudante habilitado por { $name } deve tratar por minha conta dos procedimentos indicados neste documento enquanto o mandato for válido. Pode ser responsabilizado se não respeitar as condições descritas neste documento (artigo 1991.º do Código Civil).
tm-mandat-pour-realiser-des-demarches-en-3 = Mandato para tratar de procedimentos online com o serviço «Aidants Connect»
tm-je-mappelle-et-je-suis-le = Chamo-me { $name } e sou o mandante.
tm-jautorise-en-tant-que-mandataire-a = Autorizo { $name }, como mandatário, a tratar por minha conta dos seguintes procedimentos administrativos:
tm-je-declare-ne-pas-faire-l = Declaro que não estou sujeito(a) a nenhuma medida de proteção jurídica (sauvegarde de justice, tutela ou curatela).
tm-jautorise-les-aidants-habilites-par-a-2 = Autorizo os ajudantes habilitados por { $name } a usar os meus dados pessoais no âmbito deste mandato. Sei que tenho direitos sobre os dados que me dizem respeito: acesso, informação, retificação, limitação, eliminação.
tm-quand-un-aidant-habilite-par-realise = Quando um ajudante habilitado por { $name } trata por minha conta de um dos procedimentos indicados acima, compromete-se a fazê-lo nas condições e durante o tempo descritos neste documento; caso contrário, incorre em responsabilidade civil e penal.
tm-prendre-toutes-les-precautions-pour-3 = tomar todas as precauções para garantir a segurança e a confidencialidade dos meus dados pessoais.
tm-un-aidant-habilite-par-decide-de = um ajudante habilitado por { $name } decide cancelá-la;
tm-fait-a-le-3 = Feito em { $display_address }, { $zipcode } { $display_city }, em { $date }
tm-prenom-nom-et-signature-du-mandataire = Nome próprio, apelido e assinatura do mandatário (o ajudante)
tm-prenom-nom-et-signature-du-mandant = Nome próprio, apelido e assinatura do mandante (o utilizador)
tm-il-y-a-des-erreurs-dans = Há erros no formulário
tm-lisez-ces-mentions-a-lusager = Leia estas menções ao utilizador
tm-le-mandat-est-une-autorisation-ecrite = O mandato é uma autorização escrita que permite ao ajudante tratar de procedimentos administrativos por si. Protege-o a si e protege o ajudante que o acompanha. Pode pôr-lhe fim a qualquer momento.
tm-une-fois-ce-mandat-signe-par = Depois de este mandato ser assinado pelas duas partes, o ajudante compromete-se a:
tm-realiser-les-demarches-listees-dans-le = tratar dos procedimentos indicados no mandato com base nos dados que lhe deu;
tm-utiliser-et-enregistrer-seulement-les = usar e registar apenas os dados necessários a estes procedimentos;
tm-ne-pas-effectuer-dautres-demarches-que = não tratar de outros procedimentos além dos indicados no mandato;
tm-securiser-lensemble-de-vos-informations = proteger todos os seus dados e eliminá-los quando já não forem úteis.
tm-connectez-lusager-a-franceconnect = Ligue o utilizador ao FranceConnect
tm-recapitulatif-du-mandat-a-distance = Resumo do mandato à distância
tm-elements-du-mandat = Elementos do mandato
tm-validation-de-lusager = Confirmação do utilizador
tm-en-cochant-ces-cases-confirme = Ao marcar estas caixas, { $name } confirma:
tm-validation-de-laidant = Confirmação do ajudante
tm-enregistrer-le-mandat = Guardar o mandato

## aidants: login

tm-vous-etes-un-particulier = É um particular?
tm-aidants-connect-n-est-pas-un = O Aidants Connect não é uma ferramenta para particulares nem para familiares cuidadores.
tm-vous-rencontrez-un-probleme-lors-de = Tem um problema ao ligar-se com o France Connect ou ao entrar nas suas áreas pessoais dos serviços públicos (CAF, impostos, ANTS...)? Consulte a página de ajuda dedicada.
tm-vous-rencontrez-des-difficultes-avec-le = Tem dificuldades com as ferramentas digitais e gostaria de ter um acompanhamento para tratar dos seus procedimentos ou ganhar autonomia? Encontre um local perto de si.

## aidants: aidants_connect_common

tm-adresse-e-mail = Endereço de e-mail

## aidants: aidants_connect_web

tm-numero-de-telephone-mobile = Número de telemóvel
tm-format-attendu-10-chiffres = Formato esperado: 10 algarismos
tm-format-attendu-6-chiffres = Formato esperado: 6 algarismos
tm-selectionnez-la-ou-les-demarches = Selecione o procedimento ou os procedimentos
tm-choisissez-la-duree-du-mandat = Escolha a duração do mandato
tm-code-a-6-chiffres = Código de 6 algarismos
tm-choisir = Escolher…
tm-exemple-prenom-nom-exemple-fr = Exemplo: prenom-nom@exemple.fr
tm-nouvelle-adresse-e-mail = Novo endereço de e-mail
tm-erreur-veuillez-saisir-uniquement-des = Erro: introduza apenas endereços de e-mail válidos.
tm-telephone-mobile = Telemóvel

## dsfr: component/checkbox

tm-libelle-checkbox = Rótulo da caixa de seleção
tm-libelle-checkbox-sub-et-sup = Rótulo da caixa de seleção sub e sup
tm-libelle-case-a-cocher = Rótulo da caixa de seleção
tm-theme-clair = Tema claro
tm-theme-sombre = Tema escuro
tm-systeme = Igual ao sistema
tm-legende-pour-lensemble-des-elements = Legenda para o conjunto dos elementos
tm-choisissez-un-theme-pour-personnaliser = Escolha um tema para personalizar o aspeto do site.
tm-texte-de-description-additionnel = Texto de descrição adicional
tm-utilise-les-parametres-systeme = Usa as definições do sistema
tm-extrait-de-code = Excerto de código
tm-libelle-bouton = Rótulo do botão
tm-texte-derreur-obligatoire = Texto de erro obrigatório
tm-texte-de-validation = Texto de validação
tm-verifier-ma-demande = Verificar o meu pedido
tm-supprimer-le-justificatif-de-domicile = Eliminar o comprovativo de morada
tm-la-case-a-cocher-permet-a = A caixa de seleção permite ao utilizador selecionar uma ou várias opções de uma lista. É usada para fazer seleções múltiplas (de 0 a N elementos) ou para permitir uma escolha binária, quando o utilizador pode selecionar ou desmarcar uma única opção.
tm-dsfr-v1-15-3 = DSFR v1.15.3
tm-retour = Voltar
tm-case-a-cocher-checkbox = Caixa de seleção (checkbox)
tm-case-a-cocher-seule = Caixa de seleção isolada
tm-case-a-cocher-seule-exemple-avec = Caixa de seleção isolada, exemplo com índice inferior e superior
tm-case-a-cocher-avec-texte-daide = Caixa de seleção com texto de ajuda
tm-case-a-cocher-seule-validee = Caixa de seleção isolada, validada
tm-case-a-cocher-seule-avec-erreur = Caixa de seleção isolada com erro
tm-case-a-cocher-seule-indeterminee = Caixa de seleção isolada, indeterminada
tm-ensemble-de-cases-a-cocher = Grupo de caixas de seleção
tm-ensemble-de-cases-a-cocher-petite = Grupo de caixas de seleção, tamanho pequeno
tm-ensemble-de-cases-a-cocher-desactivees = Grupo de caixas de seleção desativadas
tm-ensemble-de-cases-a-cocher-en = Grupo de caixas de seleção em linha
tm-ensemble-de-cases-a-cocher-avec = Grupo de caixas de seleção com texto de ajuda
tm-ensemble-de-cases-a-cocher-avec-2 = Grupo de caixas de seleção com erro
tm-ensemble-de-cases-a-cocher-validees = Grupo de caixas de seleção validadas
tm-ensemble-de-cases-a-cocher-avec-3 = Grupo de caixas de seleção com erro, em linha
tm-ensemble-de-cases-a-cocher-validees-2 = Grupo de caixas de seleção validadas, em linha
tm-ensemble-de-cases-a-cocher-avec-4 = Grupo de caixas de seleção com texto de ajuda específico
tm-ensemble-de-cases-a-cocher-avec-5 = Grupo de caixas de seleção com texto de ajuda específico, tamanho pequeno
tm-autres-versions = Outras versões
tm-parametres-daffichage = Definições de apresentação

## dsfr: component/input

tm-libelle-champ-de-saisie = Rótulo do campo de introdução
tm-envoyer = Enviar
tm-supprimer-le-champ = Eliminar o campo
tm-placeholder = Texto de exemplo
tm-champ-de-saisie-input = Campo de introdução (input)
tm-les-champs-permettent-a-un-utilisateur = Os campos permitem a um utilizador introduzir conteúdo e dados.
tm-champ-de-type-text = Campo do tipo "text"
tm-champ-de-type-number = Campo do tipo "number"
tm-champ-de-type-search = Campo do tipo "search"
tm-champ-de-type-date = Campo do tipo "date"
tm-preferez-l-utilisation-du-modele-de = É preferível usar o modelo de bloco de data única
tm-champ-de-type-textarea = Campo do tipo "textarea"
tm-champ-de-type-password = Campo do tipo "password"
tm-preferez-l-utilisation-du-composant-mot = É preferível usar o componente Palavra-passe
tm-combo-champ-bouton-d-envoi = Combinação de campo e botão de envio
tm-combo-champ-bouton-d-action = Combinação de campo e botão de ação
tm-champ-avec-placeholder = Campo com texto de exemplo (placeholder)
tm-champ-avec-valeur-initiale = Campo com valor inicial
tm-champ-avec-icone-personalisee = Campo com ícone personalizado
tm-champ-desactive = Campo desativado
tm-champ-avec-texte-additionnel = Campo com texto adicional
tm-champ-valide-avec-texte-de-succes = Campo válido com texto de sucesso
tm-champ-en-erreur-avec-texte-d = Campo com erro e texto de erro

## dsfr: component/password

tm-caracteres-minimum = { $n ->
        [one] { $n } carácter no mínimo
       *[other] { $n } caracteres no mínimo
    }
tm-la-demande-de-mot-de-passe = O pedido de palavra-passe ajuda o utilizador a criar ou introduzir uma palavra-passe.
tm-mot-de-passe-password = Palavra-passe (password)
tm-mot-de-passe-avec-description = Palavra-passe com descrição
tm-mot-de-passe-apres-validation = Palavra-passe após validação
tm-mot-de-passe-de-connexion = Palavra-passe de acesso

## dsfr: component/radio

tm-libelle-bouton-radio = Rótulo do botão de opção
tm-libelle-radio-sup-sub = Rótulo do botão de opção sup sub
tm-le-bouton-radio-permettent-a = O botão de opção permite ao utilizador selecionar uma única opção de uma lista.
tm-bouton-radio-radio = Botão de opção (radio)
tm-bouton-radio-simple = Botão de opção simples
tm-ensemble-de-boutons-radio = Grupo de botões de opção
tm-ensemble-de-boutons-radio-petite-taille = Grupo de botões de opção, tamanho pequeno
tm-ensemble-de-boutons-radio-desactivees = Grupo de botões de opção desativados
tm-ensemble-de-boutons-radio-en-ligne = Grupo de botões de opção em linha
tm-ensemble-de-boutons-radio-avec-texte = Grupo de botões de opção com texto de ajuda
tm-ensemble-de-boutons-radio-avec-erreur = Grupo de botões de opção com erro
tm-ensemble-de-boutons-radio-avec-erreur-2 = Grupo de botões de opção com erro, em linha
tm-ensemble-de-boutons-radio-valides = Grupo de botões de opção validados
tm-ensemble-de-boutons-radio-valides-en = Grupo de botões de opção validados, em linha
tm-ensemble-de-boutons-radio-avec-texte-2 = Grupo de botões de opção com texto de ajuda específico
tm-ensemble-de-boutons-radio-avec-texte-3 = Grupo de botões de opção com texto de ajuda específico, tamanho pequeno
tm-ensemble-de-boutons-radio-libelle-en = Grupo de botões de opção, rótulo com índice inferior e superior
tm-bouton-radio-riche = Botão de opção enriquecido
tm-ensemble-de-boutons-radio-riches-simple = Grupo de botões de opção enriquecidos, simples
tm-ensemble-de-boutons-radio-riches-en = Grupo de botões de opção enriquecidos, em linha, simples
tm-ensemble-de-boutons-radio-riches-sans = Grupo de botões de opção enriquecidos sem pictograma
tm-ensemble-de-boutons-radio-riches-sans-2 = Grupo de botões de opção enriquecidos sem pictograma, em linha
tm-ensemble-de-boutons-radio-riches-avec = Grupo de botões de opção enriquecidos com textos de ajuda
tm-ensemble-de-boutons-radio-riches-avec-2 = Grupo de botões de opção enriquecidos com textos de ajuda, em linha
tm-ensemble-de-boutons-radio-riches-avec-3 = Grupo de botões de opção enriquecidos com erro e textos de ajuda
tm-ensemble-de-boutons-radio-riches-avec-4 = Grupo de botões de opção enriquecidos com erro e textos de ajuda, em linha
tm-ensemble-de-boutons-radio-riches = Grupo de botões de opção enriquecidos desativados

## dsfr: component/select

tm-libelle-pour-liste-deroulante = Rótulo da lista pendente
tm-option = Opção { $n }
tm-selectionnez-une-option = Selecione uma opção
tm-la-liste-deroulante-permet-a-un = A lista pendente permite a um utilizador escolher um elemento de uma lista dada.
tm-liste-deroulante-select = Lista pendente (select)
tm-liste-deroulante-par-defaut = Lista pendente predefinida
tm-liste-deroulante-desactivee = Lista pendente desativada
tm-liste-deroulante-avec-texte-de = Lista pendente com texto de descrição
tm-liste-deroulante-valide = Lista pendente válida
tm-liste-deroulante-erreur = Lista pendente com erro
tm-liste-deroulante-avec-groupe-d-options = Lista pendente com grupo de opções

## dsfr: component/upload

tm-ajouter-un-fichier = Adicionar um ficheiro
tm-ajouter-des-fichiers = Adicionar ficheiros
tm-ce-composant-permet-aux-utilisateurs-de = Este componente permite aos utilizadores selecionar e enviar um ou vários ficheiros.
tm-ajout-de-fichier-upload = Adição de ficheiro (upload)
tm-bouton-upload-1-seul-fichier = Botão de carregamento de 1 só ficheiro
tm-bouton-upload-avec-erreur = Botão de carregamento com erro
tm-bouton-upload-fichiers-multiples = Botão de carregamento de vários ficheiros
tm-bouton-upload-desactive = Botão de carregamento desativado

## dsfr: layout/page/login/1-default

tm-connexion-a-nom-de-service-site = Acesso a [Nome do serviço ou site]
tm-format-attendu = Formato pedido: { $email }
tm-franceconnect-est-la-solution-proposee-2 = O FranceConnect é a solução proposta pelo Estado para tornar seguro e simples o acesso aos serviços online.
tm-se-connecter-avec-franceconnect = Iniciar sessão com o FranceConnect
tm-vous-navez-pas-de-compte = Não tem conta?

## dsfr: layout/page/login/2-error

tm-identifiant-mot-de-passe-incorrect = Identificador ou palavra-passe incorretos

## dsfr: layout/page/login/3-recover/3a-form

tm-recuperer-le-mot-de-passe-de = Recuperar a palavra-passe da sua conta
tm-description-veuillez-saisir-ladresse = Descrição — Introduza o endereço de e-mail associado à sua conta. Enviar-lhe-emos mais informações para repor a sua palavra-passe
tm-recuperation-de-mot-de-passe-sur = Recuperação da palavra-passe em [Nome do serviço ou site]

## dsfr: layout/page/login/3-recover/3b-confirmation

tm-detail-si-vous-navez-pas-recu = Pormenor — Se não recebeu nenhum e-mail (verifique também a pasta de correio indesejado), pode voltar a introduzir o seu endereço de e-mail.
tm-votre-demande-de-recuperation-de-mot = O seu pedido de recuperação da palavra-passe foi enviado. Receberá um e-mail dentro de instantes.

## dsfr: layout/page/login/3-recover

tm-pages-de-connexion = Páginas de acesso

## dsfr: layout/page/register/1-single

tm-creation-de-compte-sur-nom-de = Criação de conta em [Nome do serviço ou site]
tm-se-creer-un-compte-en-choisissant = Criar uma conta escolhendo um identificador
tm-sauf-mention-contraire-tous-les-champs = Salvo indicação em contrário, todos os campos são obrigatórios.

## dsfr: layout/page/register/2-steps/2a-login

tm-choisir-un-identifiant = Escolher um identificador
tm-etape-sur = Passo { $n } de { $count }
tm-etape-suivante-renseigner-une-identite = Passo seguinte: Indicar uma identidade

## dsfr: layout/page/register/2-steps/2b-identity

tm-feminin = Feminino
tm-masculin = Masculino
tm-je-n-ai-pas-de-prenom = Não tenho nome próprio
tm-identite-personnelle = Identidade pessoal
tm-sexe = Sexo
tm-renseigner-une-identite = Indicar uma identidade
tm-etape-suivante-saisir-des-coordonnees = Passo seguinte: Introduzir os contactos

## dsfr: layout/page/register/2-steps/2c-address

tm-complement-dadresse-optionnel = Complemento da morada (opcional)
tm-coordonnees-personnelles = Contactos pessoais
tm-adresse-postale = Morada postal
tm-indication-numero-et-voie = Indicação: número e rua
tm-indication-batiment-immeuble-escalier-et = Indicação: bloco, prédio, escada e número do apartamento
tm-exemple-montpellier = Exemplo: Montpellier
tm-saisir-des-coordonnees = Introduzir os contactos

## dsfr: layout/page/register/2-steps

tm-pages-de-creation-de-compte = Páginas de criação de conta

## dsfr: layout/page/register/3-confirmation/3a-create

tm-votre-compte-a-bien-ete-cree = A sua conta foi criada. Dentro de instantes receberá um e-mail com uma ligação de confirmação.

## dsfr: layout/page/register/3-confirmation/3b-activate

tm-votre-compte-a-bien-ete-active = A sua conta foi ativada. Pode começar a utilizá-la desde já.

## dsfr: layout/pattern/address

tm-lieu-dit-commune-deleguee-ou-boite = Lugar (lieu-dit), município delegado ou apartado
tm-numero = Número
tm-voie = Rua
tm-batiment = Bloco
tm-immeuble = Prédio
tm-escalier = Escada
tm-numero-d-appartement = Número do apartamento
tm-complement-d-adresse-postale = Complemento da morada postal
tm-la-demande-dadresse-postale-permet = O pedido de morada postal ajuda o utilizador a introduzir a sua morada.
tm-bloc-fonctionnel-d-adresse-postale = Bloco funcional de morada postal (address)
tm-demande-dune-adresse-postale-nationale = Pedido de uma morada postal em França
tm-demande-dune-adresse-postale-nationale-2 = Pedido de uma morada postal em França + lugar, município delegado ou apartado
tm-complement-d-adresse = Complemento da morada

## dsfr: layout/pattern/civility

tm-docteur = Doutor
tm-inspecteur = Inspetor
tm-sans-reponse = Sem resposta
tm-titre-dappel = Forma de tratamento
tm-demande-de-situation-familiale = Pedido da situação familiar
tm-demande-du-titre-dappel = Pedido da forma de tratamento
tm-concubinage = União de facto
tm-pacse = Com PACS (parceria civil registada)
tm-marie = Casado/a
tm-veuf = Viúvo/a
tm-divorce = Divorciado/a
tm-recteur = Reitor
tm-proviseur = Diretor de liceu
tm-professeur = Professor
tm-principal = Diretor de colégio
tm-la-demande-de-civilite-permet-a = O pedido de dados civis permite a um utilizador indicar os seus dados (sexo, situação familiar, forma de tratamento).
tm-les-boutons-radios-sont-recommandes = Os botões de opção são recomendados quando o utilizador tem de escolher um elemento entre 2 a 5 opções possíveis.
tm-au-dela-de-5-choix-ou = Acima de 5 opções ou quando não há espaço suficiente, é preferível usar uma lista pendente.
tm-bloc-fonctionnel-de-civilite-civility = Bloco funcional de dados civis (civility)
tm-demande-du-sexe = Pedido do sexo

## dsfr: layout/pattern/company

tm-numero-de-siret = Número SIRET
tm-denomination = Denominação social
tm-cedex = Cedex (código postal especial)
tm-type-de-societe = Tipo de sociedade
tm-nom-d-usage = Apelido de uso
tm-nom-de-naissance = Apelido de nascimento
tm-fonction-dans-la-societe = Cargo na sociedade
tm-siret-de-l-entreprise = SIRET da empresa
tm-representant-moral-de-l-entreprise = Representante legal da empresa
tm-indication-nom-de-famille-non-rectifie = Indicação: apelido não retificado após decisão do tribunal.
tm-france = França
tm-allemagne = Alemanha
tm-italie = Itália
tm-espagne = Espanha
tm-royaume-uni = Reino Unido
tm-entrepreneur-individuel-ei = Empresário em nome individual (EI)
tm-entreprise-unipersonnelle-a = Sociedade unipessoal de responsabilidade limitada (EURL)
tm-societe-a-responsabilite-limitee-sarl = Sociedade de responsabilidade limitada (SARL)
tm-societe-par-actions-simplifiee = Sociedade por ações simplificada unipessoal (SASU)
tm-societe-par-actions-simplifiee-sas = Sociedade por ações simplificada (SAS)
tm-societe-anonyme-sa = Sociedade anónima (SA)
tm-societe-en-nom-collectif-snc = Sociedade em nome coletivo (SNC)
tm-societe-en-commandite-simple-scs = Sociedade em comandita simples (SCS)
tm-societe-en-commandite-par-actions-sca = Sociedade em comandita por ações (SCA)
tm-la-demande-de-renseignement-sur-la = O pedido de informações sobre a sociedade ajuda o utilizador a introduzir os dados da sua sociedade.
tm-bloc-fonctionnel-de-societe-company = Bloco funcional de sociedade (company)
tm-demande-d-un-numero-de-siret = Pedido de um número SIRET
tm-demande-dune-adresse-de-siege-social = Pedido da morada da sede social
tm-demande-dun-type-de-societe = Pedido do tipo de sociedade
tm-demande-dun-representant-moral = Pedido de um representante legal

## dsfr: layout/pattern/date

tm-indication-texte-de-description = Indicação: texto de descrição adicional
tm-exemple-2 = Exemplo: { $n }
tm-le-jour-est-invalide = O dia não é válido
tm-le-mois-est-invalide = O mês não é válido
tm-lannee-est-invalide = O ano não é válido
tm-le-jour-est-invalide-le-mois-est = O dia não é válido O mês não é válido O ano não é válido
tm-la-date-est-posterieure-a-aujourdhui = A data é posterior a hoje
tm-le-champ-de-saisie-de-date = O campo de data fixa é composto por três campos de texto.
tm-bloc-fonctionnel-de-date-unique-date = Bloco funcional de data única (date)
tm-defaut = Predefinição
tm-erreur-unitaire = Erro num campo
tm-erreur-globale = Erro global

## dsfr: layout/pattern/email

tm-indication-cette-adresse-est-utilisee = Indicação: este endereço é usado apenas para aceder ao serviço.
tm-le-format-de-ladresse-electronique = O formato do endereço de e-mail introduzido não é válido. O formato pedido é: { $email }
tm-la-demande-d-email-est-un = O pedido de e-mail é um bloco funcional para introduzir um endereço de e-mail.
tm-bloc-fonctionnel-de-demande-d-email = Bloco funcional de pedido de e-mail (email)
tm-demande-d-une-adresse-electronique = Pedido de um endereço de e-mail
tm-demande-d-une-adresse-electronique-2 = Pedido de um endereço de e-mail - Erro
tm-demande-et-indication-de-traitement-dune = Pedido de um endereço de e-mail com indicação do seu tratamento
tm-demande-et-indication-de-traitement-dune-2 = Pedido de um endereço de e-mail com indicação do seu tratamento - Erro

## dsfr: layout/pattern/name

tm-indication-ancien-nom = Indicação: apelido anterior…
tm-ajouter-un-prenom = Adicionar um nome próprio
tm-la-demande-de-nom-et-prenom = O pedido de apelido e nome próprio ajuda o utilizador a introduzir o seu apelido e nome próprio.
tm-bloc-fonctionnel-de-nom-et-prenom = Bloco funcional de apelido e nome próprio (name)
tm-demande-dun-nom-et-dun-prenom = Pedido de apelido e nome próprio em França
tm-avec-prenom-desactive = Com nome próprio desativado
tm-avec-nom-d-usage = Com apelido de uso
tm-avec-nom-d-usage-prenom-desactive = Com apelido de uso + nome próprio desativado
tm-avec-bouton = Com botão
tm-avec-bouton-prenom-desactive = Com botão + nome próprio desativado
tm-demande-dun-nom-et-dun-prenom-2 = Pedido de apelido e nome próprio em formato internacional

## dsfr: layout/pattern/nationality

tm-nationalite = Nacionalidade
tm-allemande = Alemã
tm-italienne = Italiana
tm-espagnole = Espanhola
tm-la-demande-de-nationalite-permet-daider = O pedido de nacionalidade ajuda o utilizador a indicar a sua nacionalidade.
tm-bloc-fonctionnel-de-nationalite = Bloco funcional de nacionalidade (nationality)
tm-demande-de-nationalite = Pedido de nacionalidade

## dsfr: layout/pattern/tel

tm-numero-de-telephone = Número de telefone
tm-format-attendu-33-5-36-49 = Formato pedido: (+33) 5 36 49 68 27
tm-le-format-de-numero-de-telephone = O formato do número de telefone introduzido não é válido. O formato pedido é: (+33) 5 36 49 68 27
tm-la-demande-de-numero-de-telephone = O pedido de número de telefone é um bloco funcional para introduzir um número de telefone.
tm-bloc-fonctionnel-de-telephone-tel = Bloco funcional de telefone (tel)
tm-demande-d-un-numero-de-telephone = Pedido de um número de telefone
tm-demande-d-un-numero-de-telephone-2 = Pedido de um número de telefone - Erro

## app: react-demarche

tm-demande-de-titre-de-sejour-vie = Pedido de autorização de residência – vida privada e familiar
tm-identite-et-situation-familiale = Identidade e situação familiar
tm-les-champs-suivis-dun-asterisque-sont = Os campos seguidos de um asterisco ( * ) são obrigatórios.
tm-si-vous-avez-plusieurs-prenoms-indiquez = Se tem vários nomes próprios, indique-os todos, separados por uma vírgula.
tm-algerienne = Argelina
tm-afghane = Afegã
tm-erythreenne = Eritreia
tm-georgienne = Georgiana
tm-ukrainienne = Ucraniana
tm-votre-situation-a-la-date-de = A sua situação na data do pedido
tm-avez-vous-des-enfants-a-charge = Tem filhos a cargo?
tm-nom-et-prenom-du-conjoint = Apelido e nome próprio do cônjuge
tm-date-du-mariage = Data do casamento
tm-date-de-conclusion-du-pacs = Data de celebração do PACS (parceria civil registada)
tm-ajouter-un-enfant = Adicionar um filho
tm-enfant-n = Filho n.º { $numero }
tm-prenom-de-lenfant = Nome próprio do filho
tm-date-de-naissance-de-lenfant = Data de nascimento do filho
tm-supprimer-lenfant-n = Eliminar o filho n.º { $numero }
tm-etape-suivante-recapitulatif = Passo seguinte: Resumo
tm-exemple-06-12-34-56-78 = Exemplo: 06 12 34 56 78
tm-10-chiffres-il-figure-sur-votre = 10 algarismos, consta da sua autorização de residência ou do seu recibo (récépissé)
tm-jatteste-sur-lhonneur-lexactitude-des = Declaro sob compromisso de honra que as informações fornecidas são exatas
tm-une-erreur-est-survenue-votre-dossier = Ocorreu um erro Não foi possível submeter o seu processo. Corrija os campos assinalados e submeta de novo o seu processo.
tm-le-champ-adresse-electronique-est = O campo «Endereço de e-mail» («Adresse électronique») não é válido. Introduza um endereço de e-mail válido, por exemplo nom@domaine.fr
tm-le-champ-numero-etranger-doit-comporter = O campo «Número de estrangeiro» («Numéro étranger») deve ter 10 algarismos
tm-recapitulatif = Resumo
tm-votre-dossier-a-bien-ete-depose = O seu processo foi submetido
tm-un-courriel-de-confirmation-vous-a = Foi-lhe enviado um e-mail de confirmação para o endereço { $email }.
tm-enfants-a-charge = Filhos a cargo

## app: vue-rdv

tm-prise-de-rendez-vous-guichet-titres = Marcação – Balcão de autorizações de residência
tm-vous-pouvez-prendre-rendez-vous-au = Pode fazer uma marcação no balcão «Autorizações de residência» («Titres de séjour») da prefeitura. Antes de começar, leia as condições de utilização do serviço: uma só marcação por pessoa, qualquer pedido incompleto será anulado.
tm-jaccepte-les-conditions-generales = Aceito as condições gerais de utilização
tm-vos-informations = Os seus dados
tm-choisissez-le-motif-qui-correspond-a = Escolha o motivo que corresponde à sua situação
tm-remise-de-titre-de-sejour = Entrega da autorização de residência
tm-premiere-demande-de-titre-de-sejour = Primeiro pedido de autorização de residência – estudante
tm-renouvellement-de-titre-de-sejour = Renovação da autorização de residência – trabalhador por conta de outrem
tm-duplicata-de-titre-de-sejour-perte = Segunda via da autorização de residência (perda ou roubo)
tm-changement-dadresse-sur-le-titre-de = Mudança de morada na autorização de residência
tm-tel-quil-figure-sur-votre-passeport = Tal como consta do seu passaporte
tm-la-convocation-vous-sera-envoyee-a = A convocatória (convocation) ser-lhe-á enviada para este endereço
tm-etape-suivante = Passo seguinte
tm-veuillez-choisir-le-motif-de-votre = Escolha o motivo da sua marcação
tm-ce-champ-est-obligatoire = Este campo é obrigatório
tm-veuillez-saisir-une-adresse-electronique = Introduza um endereço de e-mail válido
tm-le-numero-etranger-comporte-10-chiffres = O número de estrangeiro tem 10 algarismos
tm-recommencer = Recomeçar

## app: angularjs-caf

tm-declarez-les-ressources-percues-par-2 = Declare os rendimentos recebidos pelo seu agregado familiar nos últimos três meses. Sem esta declaração, o pagamento do seu RSA ou do seu prémio de atividade (prime d’activité) será suspenso.
tm-7-chiffres-il-figure-sur-tous = 7 algarismos, consta de todas as cartas da Caf
tm-avez-vous-percu-des-salaires-au = Recebeu salários durante o trimestre?
tm-votre-situation-familiale-a-t-elle = A sua situação familiar mudou?
tm-indiquez-le-montant-net-avant = Indique o montante líquido antes da retenção na fonte, ou 0 se não recebeu nada nesse mês.
tm-montant-des-salaires-percus-mois-en = Montante dos salários recebidos – mês { $n } (em euros)
tm-salaire-net-primes-comprises = Salário líquido, prémios incluídos
tm-nature-du-changement = Tipo de mudança
tm-choisissez = Escolha…
tm-mariage = Casamento
tm-pacs = PACS (parceria civil registada)
tm-vie-en-couple = Vida em casal
tm-separation = Separação
tm-naissance-ou-arrivee-dun-enfant = Nascimento ou chegada de um filho
tm-deces-du-conjoint = Falecimento do cônjuge
tm-date-du-changement = Data da mudança
tm-a-savoir-la-date-figure-sur = A saber: a data consta da certidão ou do comprovativo da mudança (DD/MM/AAAA).
tm-le-numero-allocataire-comporte-7 = O número de beneficiário tem 7 algarismos.
tm-indiquez-un-montant-en-euros-par = Indique um montante em euros, por exemplo 1250 ou 0.
tm-la-date-doit-etre-au-format = A data deve estar no formato DD/MM/AAAA.
tm-votre-declaration-contient-erreurs = A sua declaração contém { $n ->
        [one] { $n } erro
       *[other] { $n } erros
    }.
tm-envoi-de-votre-declaration-en-cours = A enviar a sua declaração…
tm-votre-declaration-a-bien-ete-enregistree = A sua declaração foi registada.

## app: rrweb-anef

tm-votre-session-a-expire-pour-des = A sua sessão expirou Por razões de segurança, a sua sessão foi terminada. Inicie sessão novamente.
tm-veuillez-saisir-votre-identifiant-votre = Introduza o seu identificador: o seu número de estrangeiro ou o seu endereço de e-mail.
