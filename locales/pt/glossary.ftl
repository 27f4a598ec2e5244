### Relais glossary, European Portuguese (pt).
### Machine-drafted by an AI language model, November 2026, not reviewed by a native speaker.
### Translated from the French master locales/fr/glossary.ftl; same message ids, same order.

## Identidade (Identité)

concept-identite = identidade
    .explain = Esta parte do formulário pergunta quem é: apelido, nome próprio, data e local de nascimento. Escreva as informações como no seu passaporte ou na sua autorização de residência.
    .where = Copie do seu passaporte, do seu cartão de identidade ou da sua autorização de residência.

concept-nom = apelido
    .explain = O «nom» é o apelido (nome de família), não o nome próprio. Escreva-o exatamente como nos seus documentos de identidade.
    .where = No seu passaporte ou autorização de residência, na linha «Nom».

concept-nom-d-une-chose = nome (de uma coisa ou de um lugar)
    .explain = O nome é a palavra que designa uma coisa, um lugar ou um organismo: uma rua, uma cidade, uma associação, um cargo. Para uma pessoa, é o seu apelido.

concept-au-nom-de = em nome de
    .explain = Agir em nome de alguém quer dizer fazer um procedimento no seu lugar. Por exemplo, um ajudante preenche um processo por si.

concept-nom-de-naissance = apelido de nascimento
    .explain = O apelido de nascimento é o apelido escrito na sua certidão de nascimento. Não muda com o casamento.
    .where = Na sua certidão de nascimento ou no seu passaporte.

concept-nom-d-usage = apelido de uso (por exemplo, de casado)
    .explain = O apelido de uso é outro apelido que utiliza no dia a dia, por exemplo o do seu marido ou da sua mulher. Se não tiver nenhum, deixe este campo vazio.

concept-prenom = nome próprio
    .explain = O nome próprio é o nome pessoal que lhe deram ao nascer, antes do apelido. Se tiver vários, escreva-os pela ordem dos seus documentos.
    .where = No seu passaporte ou autorização de residência, na linha «Prénom(s)».

concept-sans-prenom = não tenho nome próprio
    .explain = Assinale esta opção apenas se os seus documentos de identidade não tiverem nenhum nome próprio. É o caso de algumas pessoas nascidas no estrangeiro.

concept-sexe = sexo
    .explain = O portal pergunta se é homem ou mulher. Escolha o que está escrito nos seus documentos de identidade.
    .where = No seu passaporte ou autorização de residência: M para homem, F para mulher.

concept-masculin = masculino
    .explain = Masculino quer dizer homem. Escolha esta opção se os seus documentos indicam M.

concept-feminin = feminino
    .explain = Feminino quer dizer mulher. Escolha esta opção se os seus documentos indicam F.

concept-civilite = forma de tratamento
    .explain = A forma de tratamento é a palavra de cortesia antes do seu nome, como Madame (Senhora) ou Monsieur (Senhor). A administração usa-a para lhe escrever.

concept-titre-d-appel = tratamento nas cartas
    .explain = É a palavra usada para se dirigirem a si nas cartas, como Madame, Monsieur ou Docteur. Escolha a que lhe convém.

concept-madame = Senhora (Madame)
    .explain = Madame é o tratamento de cortesia para uma mulher, casada ou não. A administração já não usa Mademoiselle (Menina).

concept-monsieur = Senhor (Monsieur)
    .explain = Monsieur é o tratamento de cortesia para um homem.

concept-docteur = Doutor (Docteur)
    .explain = Docteur é um título para quem tem um doutoramento, muitas vezes um médico. Escolha-o apenas se for o seu caso.

concept-inspecteur = Inspetor (Inspecteur)
    .explain = Inspecteur é um título profissional, por exemplo inspetor do trabalho. Num formulário, escolha-o apenas se for a sua profissão.

concept-sans-reponse = sem resposta
    .explain = Pode escolher esta resposta se não quiser dar esta informação. Esta escolha é permitida neste formulário.

concept-date-de-naissance = data de nascimento
    .explain = É o dia, o mês e o ano em que nasceu. Escreva a data como nos seus documentos, muitas vezes na forma dia/mês/ano, por exemplo 05/03/1990.
    .where = No seu passaporte, na sua autorização de residência ou na sua certidão de nascimento.

concept-lieu-de-naissance = local de nascimento
    .explain = É a cidade ou a aldeia onde nasceu. Escreva o nome como nos seus documentos de identidade.
    .where = No seu passaporte ou na sua certidão de nascimento.

concept-pays-de-naissance = país de nascimento
    .explain = É o país onde nasceu, mesmo que hoje tenha outra nacionalidade. Escolha-o na lista.

concept-departement-de-naissance = departamento de nascimento
    .explain = É o número do departamento francês onde nasceu. Se nasceu fora de França, escolha muitas vezes «99» ou «Étranger» (estrangeiro).

concept-nationalite = nacionalidade
    .explain = A nacionalidade é o país de que é cidadão, aquele que lhe deu o passaporte. Se tiver duas nacionalidades, o portal pede muitas vezes a principal.
    .where = No seu passaporte ou na sua autorização de residência.

concept-nationalite-francaise = francesa
    .explain = Escolha «Française» (francesa) apenas se tiver a nacionalidade francesa. Uma autorização de residência não dá a nacionalidade francesa.

concept-etranger = cidadão estrangeiro
    .explain = Para a administração, uma pessoa estrangeira é uma pessoa que não tem a nacionalidade francesa. Isso não depende do lugar onde vive.

concept-apatride = apátrida
    .explain = Uma pessoa apátrida não tem a nacionalidade de nenhum país. O OFPRA (serviço francês de proteção dos refugiados e apátridas) pode reconhecer este estatuto e dar uma proteção.

concept-jour = dia
    .explain = O dia é o número do dia no mês, de 1 a 31. Escreva-o muitas vezes com dois algarismos, por exemplo 05.

concept-mois = mês
    .explain = O mês escreve-se com um número de 1 a 12, ou com o seu nome. Janeiro é 01 e dezembro é 12.

concept-annee = ano
    .explain = O ano escreve-se com quatro algarismos, por exemplo 1990. Não escreva só os dois últimos algarismos.

concept-age = idade
    .explain = A idade é o número de anos desde o seu nascimento. Alguns direitos dependem da sua idade.

concept-signature = assinatura
    .explain = A assinatura é a sua marca pessoal escrita à mão, sempre igual. Ao assinar, confirma que as informações são verdadeiras.

concept-filiation = filiação
    .explain = A filiação é a ligação com os seus pais. O portal pede o apelido e o nome próprio do seu pai e da sua mãe, como na sua certidão de nascimento.
    .where = Na sua certidão de nascimento.

## Situação familiar e estado civil (Situation familiale et état civil)

concept-situation-familiale = situação familiar
    .explain = O portal pergunta se vive sozinho ou em casal, e de que forma. A sua resposta pode mudar o cálculo das suas prestações ou dos seus impostos.

concept-celibataire = solteiro
    .explain = Solteiro quer dizer que não é casado nem tem PACS. Nos impostos, um casal que vive junto sem ser casado nem ter PACS faz duas declarações separadas. Mas à CAF deve declarar na mesma que vive em casal, porque isso muda os seus apoios.

concept-marie = casado
    .explain = Casado quer dizer que fez um casamento oficial, em França ou noutro país. Guarde a certidão de casamento, muitas vezes é pedida.

concept-pacse = com PACS (pacto civil de solidariedade)
    .explain = O PACS é um contrato oficial entre duas pessoas que vivem em casal. É diferente do casamento e faz-se na câmara municipal (mairie) ou num notário.

concept-concubinage = união de facto
    .explain = União de facto quer dizer que vive em casal sem ser casado nem ter PACS. Para a CAF (caixa de prestações familiares), viver em casal muda o cálculo das prestações.

concept-divorce = divorciado
    .explain = Divorciado quer dizer que o seu casamento terminou oficialmente por uma sentença ou um ato. O portal pode pedir a data do divórcio.

concept-veuf = viúvo
    .explain = Viúvo ou viúva quer dizer que o seu marido ou a sua mulher faleceu. Pode ter direito a certas prestações.

concept-separe = separado
    .explain = Separado quer dizer que já não vive com o seu marido ou a sua mulher, mas ainda não está divorciado. Comunique a data da separação aos organismos que lhe pagam prestações.

concept-conjoint = cônjuge
    .explain = O cônjuge é a pessoa com quem está casado. Às vezes, a palavra designa também a pessoa com quem tem PACS ou com quem vive em casal.

concept-enfant-a-charge = filho a cargo
    .explain = Um filho a cargo vive consigo e é sustentado por si. O número de pessoas a cargo muda o valor das prestações e dos impostos.

concept-mineur = menor
    .explain = Uma pessoa menor tem menos de 18 anos. Por ela, muitas vezes é um dos pais ou um representante legal que trata dos processos.

concept-majeur = maior de idade
    .explain = Uma pessoa maior de idade tem 18 anos ou mais. Trata ela própria dos seus processos.

concept-etat-civil = registo civil (état civil)
    .explain = O registo civil reúne as informações oficiais sobre si: nascimento, casamento, óbito, nome. O serviço de registo civil da câmara municipal faz os atos oficiais.

concept-acte-de-naissance = certidão de nascimento
    .explain = A certidão de nascimento é o documento oficial que prova o seu nascimento, os seus nomes e os seus pais. Se nasceu no estrangeiro, pode ser pedida uma tradução.
    .where = Se nasceu em França: peça-a à câmara municipal do local de nascimento. Se nasceu no estrangeiro: às autoridades do seu país de nascimento. Para as pessoas protegidas pelo OFPRA, é o OFPRA que a faz.

concept-acte-de-mariage = certidão de casamento
    .explain = A certidão de casamento é o documento oficial que prova o seu casamento. É feita pela câmara municipal ou pela autoridade do país onde se casou.

concept-livret-de-famille = livro de família (livret de famille)
    .explain = O livret de famille é uma pequena caderneta oficial dada pela câmara municipal no casamento ou no nascimento do primeiro filho. Lista os pais e os filhos.

## Contactos (Coordonnées)

concept-coordonnees = contactos
    .explain = Os seus contactos são os meios de chegar até si: morada, telefone, endereço de e-mail. Verifique-os bem, senão não receberá as respostas.

concept-adresse-electronique = endereço de e-mail
    .explain = É o seu endereço de e-mail, por exemplo nome@exemplo.fr, com o sinal @. Escolha um endereço que consiga abrir, porque os códigos e as respostas chegam lá.

concept-numero-de-telephone = número de telefone
    .explain = Escreva o número para onde lhe podem ligar. Um número francês tem 10 algarismos e começa por 0.

concept-telephone-portable = telemóvel
    .explain = É o número do seu telemóvel, que em França começa muitas vezes por 06 ou 07. O portal pode enviar códigos por SMS para esse número.

concept-telephone-fixe = telefone fixo
    .explain = É o número de um telefone ligado a uma casa ou a um escritório. Se não tiver, deixe este campo vazio.

concept-indicatif = indicativo
    .explain = O indicativo é o código do país colocado antes do número de telefone. Para França, é +33 e tira-se então o primeiro 0.

concept-sms = SMS (mensagem de texto)
    .explain = Um SMS é uma mensagem escrita recebida no seu telemóvel. Os portais enviam muitas vezes um código por SMS.

## Morada (Adresse)

concept-adresse = morada
    .explain = É o lugar onde vive ou recebe o seu correio. A administração vai enviar-lhe cartas para esta morada.

concept-adresse-postale = morada postal
    .explain = É a morada onde os correios lhe entregam as cartas. Pode ser diferente do lugar onde dorme, por exemplo uma domiciliação.

concept-complement-d-adresse = complemento da morada
    .explain = Este campo serve para os detalhes que ajudam o carteiro: bloco, andar, apartamento, nome na caixa do correio. Muitas vezes é facultativo.

concept-numero = número da porta
    .explain = Numa morada, é o número da casa ou do prédio na rua. Pode ter bis ou ter depois do número (como A ou B).

concept-numero-d-identification = número
    .explain = Um número é uma série de algarismos, por vezes com letras, que designa uma coisa: um processo, um cartão, um telefone. Copie-o sem mudar nada.

concept-voie = arruamento (rua)
    .explain = É a rua da sua morada: rue (rua), avenue (avenida), boulevard, chemin (caminho), place (praça). Escreva o tipo e o nome, sem o número.

concept-batiment = bloco (edifício)
    .explain = Se o seu condomínio tiver vários blocos, escreva a letra ou o número do seu. Isso ajuda o carteiro a encontrar a sua caixa do correio.

concept-immeuble = prédio
    .explain = Um prédio é um edifício com vários andares e várias habitações. Escreva o seu nome ou número, se tiver.

concept-escalier = escada (entrada)
    .explain = Em alguns prédios, as escadas têm uma letra ou um número. Escreva a da sua habitação, se a conhecer.

concept-numero-d-appartement = número do apartamento
    .explain = É o número da sua habitação no prédio. Muitas vezes está escrito na porta ou no seu contrato de arrendamento.

concept-etage = andar
    .explain = O andar é o nível da sua habitação no prédio. O rés-do-chão (rez-de-chaussée) é o andar 0.

concept-lieu-dit = lugar (localidade rural)
    .explain = Um lieu-dit é o nome de um pequeno lugar no campo, sem nome de rua. Escreva-o se fizer parte da sua morada.

concept-commune-deleguee = município delegado (antigo município)
    .explain = Um município delegado é um antigo município que se juntou a outro município. O seu nome fica por vezes na morada.

concept-boite-postale = apartado (BP)
    .explain = Um apartado é uma caixa nos correios onde se recebe o correio. Tem um número, muitas vezes escrito BP seguido de um número.

concept-cedex = Cedex (distribuição especial de correio)
    .explain = Cedex é uma palavra acrescentada a certas moradas de empresas ou serviços públicos que recebem muito correio. Se a sua morada não a tiver, deixe este campo vazio.

concept-code-postal = código postal
    .explain = O código postal é um número de 5 algarismos para a cidade ou o bairro. Por exemplo 75011 para uma parte de Paris.
    .where = Numa carta recebida na sua morada, antes do nome da cidade.

concept-commune = cidade ou município
    .explain = O município (commune) é a cidade ou a aldeia onde vive. Muitas vezes escolhe-o numa lista depois de escrever o código postal.

concept-departement = departamento
    .explain = A França está dividida em departamentos, que têm um número. A sua prefeitura (préfecture) é a do departamento onde vive.

concept-pays = país
    .explain = Escolha o país na lista. Para uma morada em França, escolha France.

concept-changement-d-adresse = mudança de morada
    .explain = Quando muda de casa, tem de dar a sua nova morada às administrações. Se tiver autorização de residência, avise a prefeitura no prazo de 3 meses.

concept-hebergement = alojamento em casa de outra pessoa
    .explain = Estar alojado quer dizer que vive em casa de outra pessoa, sem pagar renda ou pagando pouco. O portal pede muitas vezes uma prova assinada por essa pessoa.

concept-attestation-d-hebergement = declaração de alojamento
    .explain = É uma carta assinada pela pessoa que o aloja, que diz que vive em casa dela. Junta-se o documento de identidade dela e um comprovativo de morada em nome dela.

concept-justificatif-de-domicile = comprovativo de morada
    .explain = É um documento recente que prova a sua morada: fatura da eletricidade, recibo de renda, declaração de alojamento. Muitas vezes tem de ter menos de 3 meses.

concept-domiciliation = domiciliação (morada administrativa)
    .explain = Se não tiver uma morada estável, um CCAS (serviço social da câmara) ou uma associação autorizada pode receber o seu correio. Esta morada permite-lhe tratar dos seus processos.
    .where = A declaração é-lhe dada pelo CCAS ou pela associação que o domicilia.

concept-sans-domicile-stable = sem morada estável
    .explain = Está sem morada estável se não tiver uma habitação sua. Mesmo assim, tem direito a uma morada para o seu correio: a domiciliação.

## Conta e acesso (Compte et connexion)

concept-identifiant = identificador (nome de utilizador)
    .explain = O identificador é o nome ou o número que o reconhece no site. Conforme o site, é o seu endereço de e-mail, um número ou um nome escolhido.
    .where = No ANEF (portal dos estrangeiros), é muitas vezes o seu número de estrangeiro. Nos impostos, é o seu número fiscal.

concept-mot-de-passe = palavra-passe
    .explain = A palavra-passe é um código secreto que escolhe para entrar na sua conta. Não a dê a ninguém e anote-a num lugar seguro.

concept-confirmation-du-mot-de-passe = confirmação da palavra-passe
    .explain = Escreva uma segunda vez a mesma palavra-passe. Assim o site verifica que não houve erro ao escrever.

concept-se-connecter = iniciar sessão
    .explain = Iniciar sessão quer dizer entrar na sua conta com o seu identificador e a sua palavra-passe. Depois, vê o seu processo.

concept-connexion = acesso (início de sessão)
    .explain = O acesso é a entrada na sua conta pessoal no site. É preciso o seu identificador e a sua palavra-passe.

concept-se-deconnecter = terminar sessão
    .explain = Terminar sessão quer dizer sair da sua conta. Faça-o sempre num computador partilhado, para proteger as suas informações.

concept-creer-un-compte = criar uma conta
    .explain = Criar uma conta quer dizer registar-se no site pela primeira vez. Escolhe um identificador e uma palavra-passe, e muitas vezes recebe um e-mail para confirmar.

concept-compte = conta
    .explain = A sua conta é o seu espaço próprio no site. Guarda os seus pedidos, os seus documentos e as suas mensagens.

concept-prendre-en-compte = ter em conta
    .explain = «Prendre en compte» quer dizer olhar para uma informação e usá-la para decidir. Esta palavra não tem ligação com a sua conta no site.

concept-mot-de-passe-oublie = esqueci-me da palavra-passe
    .explain = Clique aqui se já não se lembra da sua palavra-passe. O site envia-lhe uma ligação ou um código para escolher uma nova.

concept-reinitialiser-le-mot-de-passe = redefinir a palavra-passe
    .explain = Redefinir quer dizer substituir a sua palavra-passe por uma nova. Siga a ligação recebida por e-mail e escolha uma palavra-passe de que não se vá esquecer.

concept-se-souvenir-de-moi = lembrar-me
    .explain = Se assinalar esta opção, o site guarda o seu identificador para a próxima vez. Não a assinale num computador partilhado.

concept-franceconnect = FranceConnect (acesso único aos sites do Estado)
    .explain = O FranceConnect permite entrar num site do Estado com uma conta que já tem, por exemplo Ameli ou L’Identité Numérique La Poste. Não precisa de uma nova palavra-passe.

concept-identite-numerique = identidade digital
    .explain = A identidade digital é um meio seguro de provar quem é na internet, com uma aplicação no seu telemóvel. Pode ser usada com o FranceConnect.

concept-validation-en-deux-etapes = autenticação em dois passos
    .explain = Além da palavra-passe, o site pede-lhe um código recebido por SMS, por e-mail ou numa aplicação. Isto protege a sua conta.

concept-code-de-verification = código de verificação
    .explain = O site envia-lhe um código por SMS ou por e-mail para confirmar a sua identidade. Copie-o depressa, porque só funciona durante alguns minutos.
    .where = Veja os seus SMS ou a sua caixa de e-mail, e também a pasta «courrier indésirable» ou «spam» (lixo eletrónico).

concept-lien-d-activation = ligação de ativação
    .explain = Depois do registo, o site envia-lhe um e-mail com uma ligação. Clique nessa ligação para ativar a sua conta, muitas vezes dentro de um prazo limitado.
    .where = Na sua caixa de e-mail, e também na pasta «spam» ou «courrier indésirable» (lixo eletrónico).

concept-espace-personnel = área pessoal
    .explain = A área pessoal é a parte do site reservada a si, depois de iniciar sessão. Aí acompanha os seus pedidos e encontra os seus documentos.

concept-messagerie = caixa de mensagens
    .explain = A caixa de mensagens permite escrever à administração e ler as respostas na sua conta. Consulte-a muitas vezes, porque podem chegar lá mensagens importantes.

concept-profil = perfil
    .explain = O seu perfil contém as informações sobre si guardadas pelo site: nome, morada, telefone. Muitas vezes pode corrigi-las aqui.

## Navegação e botões (Navigation et boutons)

concept-afficher = mostrar
    .explain = Mostrar quer dizer fazer aparecer no ecrã. Ao lado de uma palavra-passe, este botão mostra os caracteres que escreveu.

concept-masquer = ocultar
    .explain = Ocultar quer dizer esconder. A palavra-passe volta a aparecer como pontos ou asteriscos.

concept-valider = validar (confirmar)
    .explain = Validar quer dizer confirmar e enviar as suas respostas. Releia antes de clicar, porque às vezes depois já não se pode alterar.

concept-envoyer = enviar
    .explain = Enviar transmite o seu formulário ou a sua mensagem à administração. Depois do envio, guarde a confirmação ou faça uma captura de ecrã.

concept-suivant = seguinte
    .explain = O botão Suivant (seguinte) leva-o ao passo seguinte. Noutros sítios, suivant quer dizer «que vem a seguir», por exemplo os documentos seguintes.

concept-precedent = anterior
    .explain = O botão Précédent (anterior) leva-o de volta ao passo anterior para o reler ou corrigir. Noutros sítios, précédent quer dizer «de antes», por exemplo o ano anterior.

concept-retour = voltar
    .explain = Voltar leva-o à página anterior. Atenção, algumas respostas podem perder-se.

concept-annuler = cancelar
    .explain = Cancelar interrompe a ação em curso, sem guardar o que fez nesta página.

concept-enregistrer = guardar
    .explain = O botão Enregistrer (guardar) guarda as suas respostas, mas o seu pedido ainda não foi enviado. Enregistrer um pedido também quer dizer registá-lo oficialmente, por exemplo um pedido de asilo.

concept-brouillon = rascunho
    .explain = Um rascunho é um pedido começado mas não enviado. A administração não o vê enquanto não o enviar.

concept-modifier = alterar
    .explain = Alterar permite mudar uma informação já escrita.

concept-mise-a-jour = atualização
    .explain = «Mettre à jour» quer dizer mudar uma informação para que esteja certa hoje. Por exemplo, escrever a sua nova morada.

concept-supprimer = eliminar
    .explain = Eliminar apaga o elemento para sempre, por exemplo um ficheiro adicionado. Verifique antes de clicar.

concept-rechercher = pesquisar
    .explain = Pesquisar permite encontrar uma página ou uma informação escrevendo uma palavra.

concept-telecharger = transferir (descarregar)
    .explain = Télécharger quer dizer copiar um documento do site para o seu telemóvel ou computador. Alguns sites também usam esta palavra para enviar um ficheiro para o site.

concept-televerser = carregar (enviar ficheiro)
    .explain = Téléverser quer dizer enviar um ficheiro do seu telemóvel ou computador para o site. Por exemplo uma fotografia ou uma digitalização do seu passaporte.

concept-deposer-un-dossier = submeter um processo ou um pedido
    .explain = Submeter («déposer») um processo ou um pedido quer dizer enviá-lo à administração. Antes, verifique que está completo. Depois, guarde o comprovativo de entrega.

concept-ajouter-un-fichier = adicionar um ficheiro
    .explain = Este botão abre as suas pastas para escolher o documento a enviar. Verifique o formato e o tamanho pedidos antes de o escolher.

concept-imprimer = imprimir
    .explain = Imprimir passa o documento para papel com uma impressora. Também o pode guardar em PDF para o conservar.

concept-fermer = fechar
    .explain = Fechar faz desaparecer a janela ou a mensagem do ecrã.

concept-menu = menu
    .explain = O menu é a lista das partes do site. Clique nele para ver as páginas possíveis.

concept-accueil = página inicial
    .explain = A página inicial é a primeira página do site. Pode voltar a ela se estiver perdido.

concept-aide = ajuda
    .explain = A ajuda dá explicações sobre o site e os processos. A palavra aide também quer dizer um apoio em dinheiro dado por um organismo.

concept-nous-contacter = contacte-nos
    .explain = Esta página permite escrever à administração, muitas vezes com um formulário. Guarde uma cópia da sua mensagem e da resposta.

concept-foire-aux-questions = perguntas frequentes (FAQ)
    .explain = É uma página com as perguntas que as pessoas fazem muitas vezes, e as respetivas respostas.

concept-recapitulatif = resumo
    .explain = O resumo mostra todas as suas respostas antes do envio. Releia bem e corrija os erros antes de validar.

concept-etape = passo (etapa)
    .explain = Um processo online está dividido em passos. O site mostra muitas vezes em que passo está e quantos faltam.

concept-tableau-de-bord = painel (página principal da conta)
    .explain = O painel é a página principal da sua conta. Mostra os seus pedidos, o estado deles e as suas mensagens.

concept-demarche = processo administrativo
    .explain = Um processo é o que faz para obter alguma coisa da administração: um documento, um apoio, um direito.

concept-voie-electronique = por via eletrónica
    .explain = Por via eletrónica quer dizer pela internet: num site, por e-mail ou na sua conta. Não é uma morada.

concept-demarche-en-ligne = processo online
    .explain = Um processo online faz-se na internet, sem ir ao balcão. Se não conseguir, peça ajuda. Para uma autorização de residência, tem de existir outra solução se o site não funcionar para si, mesmo com ajuda.

concept-capture-d-ecran = captura de ecrã
    .explain = Uma captura de ecrã é uma fotografia do que o seu ecrã mostra. Pode provar um problema, por exemplo a falta de marcações, com a data e a hora.

concept-cookies = cookies
    .explain = Os cookies são pequenos ficheiros que o site guarda no seu navegador. O site tem de pedir o seu acordo para os que não são necessários. Recusar tem de ser tão simples como aceitar.

concept-accessibilite = acessibilidade
    .explain = Acessibilidade quer dizer que o site tem de poder ser usado por todos, mesmo com uma deficiência. Se não for o caso, pode comunicá-lo.

concept-mentions-legales = informações legais
    .explain = Esta página diz quem gere o site e quem é responsável. Não é útil para tratar do seu processo.

concept-conditions-generales = condições gerais de utilização (CGU)
    .explain = São as regras de utilização do site. O site pede-lhe muitas vezes que as aceite antes de continuar.

concept-parametres-d-affichage = definições de visualização
    .explain = Aqui escolhe o aspeto do site: cores claras ou escuras. Isto não muda o seu processo.

concept-theme-clair = tema claro
    .explain = O tema claro mostra o texto escuro sobre um fundo branco.

concept-theme-sombre = tema escuro
    .explain = O tema escuro mostra o texto claro sobre um fundo escuro. Pode descansar os olhos.

concept-theme-systeme = sistema
    .explain = Aqui, sistema quer dizer que o site usa as mesmas cores que o seu telemóvel ou o seu computador.

concept-republique-francaise = República Francesa (République française)
    .explain = Este logótipo mostra que o site pertence ao Estado francês. Desconfie dos sites falsos que pedem dinheiro por um processo gratuito.

concept-navigateur = navegador
    .explain = O navegador é o programa que abre os sites da internet, como Chrome, Firefox, Safari ou Edge.

concept-service-public-fr = Service-Public.fr (site oficial da administração francesa)
    .explain = É o site oficial que explica os seus direitos e os processos em França. Também dá ligações para os formulários certos.

concept-demarches-simplifiees = démarches-simplifiées (plataforma de formulários do Estado)
    .explain = É um site do Estado onde muitas administrações põem os seus formulários online. Aí entrega o seu processo e acompanha a resposta.

## Formulários (Formulaires)

concept-demande = pedido
    .explain = Um pedido é o que envia à administração para obter alguma coisa: uma autorização de residência, um apoio, uma marcação.

concept-champ-de-saisie = campo de preenchimento
    .explain = Um campo de preenchimento é uma caixa onde escreve uma resposta com o teclado.

concept-saisir = preencher (escrever)
    .explain = Saisir ou renseigner quer dizer escrever uma informação num campo do formulário. Em direito, saisir um juiz quer dizer pedir-lhe que decida.

concept-libelle = rótulo do campo
    .explain = O rótulo é o texto colocado por cima de uma caixa. Diz o que é preciso escrever ou escolher.

concept-legende = título do grupo de perguntas
    .explain = É o título de um grupo de perguntas. Explica o que essas perguntas pedem em conjunto.

concept-case-a-cocher = caixa de verificação
    .explain = Uma caixa de verificação é um pequeno quadrado. Clique nele para dizer sim, e clique outra vez para tirar a marca.

concept-cocher = assinalar
    .explain = Assinalar quer dizer clicar numa caixa para pôr uma marca. Isso quer dizer sim ou aceito.

concept-bouton-radio = botão de opção
    .explain = Um botão de opção é um pequeno círculo. Só pode escolher uma resposta no grupo.

concept-liste-deroulante = lista pendente
    .explain = Uma lista pendente abre-se quando clica nela. Depois escolha uma resposta na lista.

concept-selectionner-une-option = selecionar uma opção
    .explain = Selecionar quer dizer escolher uma resposta numa lista. Clique na lista e depois na sua resposta.

concept-option = opção
    .explain = Uma opção é uma das escolhas possíveis numa lista.

concept-champ-obligatoire = campo obrigatório
    .explain = Tem de preencher este campo, senão o formulário não é enviado. Muitas vezes está marcado com um asterisco *.

concept-optionnel = opcional
    .explain = Opcional quer dizer que não é obrigado a responder. Pode deixar este campo vazio.

concept-format-attendu = formato pedido
    .explain = O formato pedido mostra como escrever a resposta, por exemplo a data em JJ/MM/AAAA (dia/mês/ano). Respeite-o, senão o site mostra um erro.

concept-exemple = exemplo
    .explain = O exemplo mostra uma resposta possível. Não o copie, escreva a sua própria informação da mesma forma.

concept-indication = indicação
    .explain = A indicação é um pequeno texto por baixo da pergunta. Explica como responder.

concept-texte-de-description = texto de descrição
    .explain = Este texto dá mais explicações sobre a pergunta. Leia-o antes de responder.

concept-fichier = ficheiro
    .explain = Um ficheiro é um documento guardado no seu telemóvel ou computador: fotografia, digitalização, PDF.

concept-format-de-fichier = formato do ficheiro
    .explain = O formato é o tipo de ficheiro, escrito depois do ponto no nome: pdf, jpg, png. O site só aceita os formatos indicados.

concept-taille-maximale = tamanho máximo
    .explain = É o maior tamanho aceite para um ficheiro, muitas vezes em Mo (MB). Se o seu ficheiro for demasiado pesado, reduza a qualidade da digitalização ou da fotografia.

concept-caractere = carácter
    .explain = Um carácter é uma letra, um algarismo, um espaço ou um sinal. O site conta às vezes o número de caracteres escritos.

concept-caractere-special = carácter especial
    .explain = Um carácter especial é um sinal que não é letra nem algarismo, por exemplo ! @ # ou ?. Muitas palavras-passe pedem pelo menos um.

concept-chiffre = algarismo
    .explain = Um algarismo é um dos sinais de 0 a 9. Uma palavra-passe tem muitas vezes de conter pelo menos um.

concept-chiffre-d-affaires = volume de negócios
    .explain = O volume de negócios é todo o dinheiro recebido por uma empresa, antes de tirar as despesas. Os microempresários declaram-no à URSSAF.

concept-majuscule = maiúscula
    .explain = Uma maiúscula é uma letra grande, como A, B, C. Alguns campos pedem para escrever o apelido em maiúsculas.

concept-minuscule = minúscula
    .explain = Uma minúscula é uma letra pequena, como a, b, c.

concept-piece-jointe = anexo
    .explain = Um anexo é um ficheiro acrescentado a uma mensagem ou a um pedido.

concept-piece-justificative = documento comprovativo
    .explain = É um documento que prova o que declara: passaporte, comprovativo de morada, recibo de vencimento. O site dá a lista dos documentos pedidos.

concept-montant = montante
    .explain = O montante é uma quantia de dinheiro, em euros. Escreva só os algarismos, sem o sinal €, se o site o pedir.

concept-motif = motivo
    .explain = O motivo é a razão do seu pedido ou da sua marcação. Escolha o que corresponde à sua situação.

concept-attestation-sur-l-honneur = declaração sob compromisso de honra
    .explain = É um texto em que declara por escrito que as suas informações são verdadeiras. Uma declaração falsa pode ser punida.

concept-consentement = consentimento
    .explain = Dar o seu consentimento quer dizer aceitar alguma coisa, por exemplo a utilização dos seus dados. Leia o texto antes de assinalar.

concept-donnees-personnelles = dados pessoais
    .explain = São as informações sobre si: nome, morada, números, saúde. A lei protege estes dados e pode pedir para os ver ou corrigir.

concept-mention-cnil = aviso CNIL (proteção de dados)
    .explain = Este texto explica o que a administração faz com os seus dados e durante quanto tempo os guarda. Diz também como exercer os seus direitos sobre esses dados.

concept-cnil = CNIL (autoridade francesa de proteção de dados)
    .explain = A CNIL é a autoridade que protege os seus dados pessoais em França. Pode apresentar-lhe uma queixa se os seus dados forem mal utilizados.

concept-rgpd = RGPD (Regulamento Geral sobre a Proteção de Dados)
    .explain = O RGPD é a lei europeia que protege os seus dados pessoais. Dá-lhe o direito de ver, corrigir ou apagar os seus dados.

## CAPTCHA

concept-captcha = captcha (teste anti-robô)
    .explain = Um captcha é um teste que verifica que é uma pessoa, e não um programa, que está a usar o site. Há muitas vezes uma versão áudio para as pessoas que veem mal.
    .todo = Se não conseguir, experimente a versão áudio ou peça ajuda. Guarde uma captura de ecrã de cada falha: é uma prova de que o site o bloqueia.

concept-je-ne-suis-pas-un-robot = não sou um robô
    .explain = Assinale esta caixa para mostrar que é uma pessoa. Às vezes o site pede depois para escolher imagens.
    .todo = Se o teste falhar várias vezes, experimente a versão áudio. Se continuar bloqueado, faça uma captura de ecrã e peça outra forma de tratar do processo.

concept-code-de-securite = código de segurança
    .explain = Copie as letras e os algarismos mostrados na imagem, pela mesma ordem. Preste atenção às maiúsculas.

concept-version-audio = versão áudio
    .explain = Este botão lê o código em voz alta, para as pessoas que veem mal a imagem. Escreva depois o que ouvir.

concept-nouvelle-image = nova imagem
    .explain = Se não conseguir ler o código, este botão mostra outro.

## Residência dos estrangeiros (Séjour des étrangers)

concept-titre-de-sejour = autorização de residência (titre de séjour)
    .explain = A autorização de residência é o cartão que lhe dá o direito de viver em França. Tem uma data de fim: peça a renovação antes dessa data.
    .where = Recebeu-a na prefeitura (préfecture). Guarde também o recibo (récépissé), se tiver um.

concept-carte-de-sejour-temporaire = cartão de residência temporária
    .explain = É uma autorização de residência válida por um ano, no máximo. Antes da data de fim, peça a renovação: conforme a sua situação, pode então receber um cartão plurianual.

concept-carte-de-sejour-pluriannuelle = cartão de residência plurianual
    .explain = É uma autorização de residência válida por vários anos, muitas vezes até 4 anos. Em geral, obtém-se depois de uma primeira autorização de um ano.

concept-carte-de-resident = cartão de residente (10 anos)
    .explain = O cartão de residente é uma autorização de residência de 10 anos. Dá mais estabilidade e permite trabalhar.

concept-recepisse = recibo do pedido (récépissé)
    .explain = O récépissé é um documento da prefeitura que prova que o seu pedido está em curso. Enquanto for válido, a sua residência é regular.
    .where = Tem o seu número de estrangeiro e a data de fim. Ande sempre com ele junto do seu passaporte.

concept-attestation-de-prolongation-d-instruction = declaração de prorrogação da análise (API)
    .explain = Se o seu pedido de renovação estiver completo e feito a tempo, a ANEF dá-lhe este documento durante a análise. Com a sua autorização antiga, prova que a sua residência continua regular e mantém os seus direitos, como o trabalho. Dura no máximo 3 meses e pode ser renovado.
    .where = Descarregue-a na sua conta ANEF. Pode chegar uma nova declaração se a análise demorar muito.

concept-attestation-de-depot = comprovativo de entrega do pedido
    .explain = Este documento prova que enviou bem o seu pedido online, com a data. Atenção: não prova que a sua residência é regular. Guarde-o com cuidado.
    .where = Na sua conta ANEF ou no e-mail recebido depois do envio.

concept-attestation-de-decision-favorable = declaração de decisão favorável
    .explain = Este documento diz que a prefeitura aceitou o seu pedido de autorização de residência. Prova o seu direito de residência enquanto espera pelo cartão.
    .where = Na sua conta ANEF.

concept-autorisation-provisoire-de-sejour = autorização provisória de residência (APS)
    .explain = A APS é um documento de residência de curta duração, dado em certos casos precisos. Por exemplo, uma pessoa sob proteção temporária, vinda da Ucrânia, recebe uma APS de 6 meses renovável. Esta APS permite trabalhar.

concept-visa = visto
    .explain = O visto é a autorização para entrar em França, colada no seu passaporte. Um visto de curta duração permite ficar 90 dias, no máximo, num período de 180 dias.
    .where = No seu passaporte, numa página inteira.

concept-vls-ts = visto de longa duração com valor de autorização de residência (VLS-TS)
    .explain = Este visto permite viver em França durante a sua validade, de 4 meses a 1 ano, como uma autorização de residência. Tem de o validar online nos 3 meses depois da sua chegada.

concept-validation-du-visa = validação do visto
    .explain = A validação do visto de longa duração faz-se online no site do ANEF. Paga uma taxa com um selo fiscal (timbre fiscal) e depois guarda o comprovativo de validação.
    .where = É preciso o número do visto, a data de entrada em França e a sua morada.

concept-numero-de-visa = número do visto
    .explain = É o número da vinheta do visto colada no seu passaporte. O site pede-o para validar o seu visto.
    .where = No canto superior direito da vinheta do visto colada no seu passaporte.

concept-numero-etranger = número de estrangeiro (número AGDREF)
    .explain = O número de estrangeiro é o seu número pessoal na prefeitura, com 9 ou 10 algarismos. Guarde-o: serve para os seus processos de residência.
    .where = Na sua autorização de residência e no seu récépissé. Serve muitas vezes de identificador no ANEF.

concept-anef = ANEF (portal digital dos estrangeiros em França)
    .explain = O ANEF é o site do Estado para os pedidos de autorização de residência, de naturalização ou de validação de visto. A maior parte destes pedidos faz-se agora só lá.

concept-ofii = OFII (serviço francês da imigração e da integração)
    .explain = O OFII acolhe as pessoas estrangeiras que chegam a França. Faz o exame médico, o contrato de integração e paga o subsídio aos requerentes de asilo.

concept-prefecture = prefeitura (préfecture)
    .explain = A prefeitura é o serviço do Estado no seu departamento. É ela que decide sobre as autorizações de residência.

concept-sous-prefecture = subprefeitura (sous-préfecture)
    .explain = A subprefeitura é um serviço do Estado mais pequeno do que a prefeitura, em algumas cidades do departamento. Às vezes trata dos pedidos de residência.

concept-guichet = balcão de atendimento
    .explain = O balcão é o lugar onde um funcionário da administração recebe o público. Muitos balcões já só atendem com marcação.

concept-guichet-unique-asile = balcão único para requerentes de asilo (GUDA)
    .explain = O GUDA é o serviço da prefeitura onde regista o seu pedido de asilo. Aí recebe a declaração de pedido de asilo.

concept-spada = SPADA (serviço de primeiro acolhimento dos requerentes de asilo)
    .explain = A SPADA é o lugar de primeiro acolhimento dos requerentes de asilo. Marca-lhe a ida ao GUDA e pode dar-lhe uma domiciliação.

concept-convocation = convocatória
    .explain = Uma convocatória é uma carta que lhe pede para ir a um lugar, num dia e a uma hora precisos. Vá com a carta e todos os documentos pedidos.
    .todo = Se não puder ir, avise depressa a administração por escrito e guarde uma prova.

concept-naturalisation = naturalização
    .explain = A naturalização é o pedido para se tornar francês. Faz-se no ANEF e exige, em geral, vários anos de residência em França.

concept-regroupement-familial = reagrupamento familiar
    .explain = O reagrupamento familiar permite trazer para França o seu marido ou a sua mulher e os seus filhos menores. São precisos rendimentos e uma habitação suficientes.

concept-admission-exceptionnelle-au-sejour = admissão excecional à residência (regularização)
    .explain = É um pedido de autorização de residência para uma pessoa sem documentos, por razões de trabalho ou de família. A prefeitura decide caso a caso.

concept-etranger-malade = autorização de residência por doença (étranger malade)
    .explain = Esta autorização de residência é para uma pessoa gravemente doente que não pode ser tratada no seu país. Um médico do OFII dá um parecer sobre o seu processo.

concept-demande-d-asile = pedido de asilo
    .explain = O pedido de asilo é o pedido de proteção à França, se estiver em perigo no seu país. Quem decide é o OFPRA.

concept-demandeur-d-asile = requerente de asilo
    .explain = Um requerente de asilo pediu a proteção da França e espera pela decisão. Em geral, tem o direito de ficar em França enquanto o seu pedido é analisado, com o certificado de pedido de asilo.

concept-attestation-de-demande-d-asile = declaração de pedido de asilo
    .explain = Este documento prova que pediu asilo e que a sua residência é regular. Tem de ser renovado antes da data de fim.
    .where = É-lhe dado no balcão único (GUDA) da prefeitura.

concept-refugie = refugiado
    .explain = O estatuto de refugiado é uma proteção dada pelo OFPRA ou pela CNDA. Dá direito a um cartão de residente de 10 anos.

concept-protection-subsidiaire = proteção subsidiária
    .explain = A proteção subsidiária é dada a uma pessoa ameaçada no seu país, mas não reconhecida como refugiada. Dá direito a um cartão de residência plurianual.

concept-ofpra = OFPRA (serviço francês de proteção dos refugiados e apátridas)
    .explain = O OFPRA analisa os pedidos de asilo e decide se dá ou não uma proteção. Também faz os documentos de registo civil das pessoas protegidas.

concept-cnda = CNDA (tribunal nacional do direito de asilo)
    .explain = A CNDA é o tribunal onde se contesta uma recusa do OFPRA. O prazo para fazer este recurso é de um mês. Para ter um advogado pago pelo apoio judiciário, peça-o nos 15 dias.

concept-passeport = passaporte
    .explain = O passaporte é o documento de identidade e de viagem dado pelo seu país. Muitos pedidos de autorização de residência pedem-no.
    .where = O número está no canto superior direito da página com a sua fotografia.

concept-passeport-talent = autorização de residência «passeport talent» (talentos)
    .explain = É um cartão de residência de vários anos, até 4 anos, para pessoas qualificadas, investigadores, artistas ou criadores de empresas. Agora chama-se cartão de residência « talent ».

concept-dcem = documento de circulação para estrangeiro menor (DCEM)
    .explain = O DCEM permite a uma criança estrangeira que vive em França viajar e voltar sem visto. O pedido é feito para o filho menor.

concept-titre-d-identite-et-de-voyage = título de identidade e de viagem (TIV)
    .explain = O TIV é um documento de viagem dado pela prefeitura a certas pessoas protegidas. Substitui o passaporte quando não se pode obter um do próprio país.

concept-titre-de-voyage = título de viagem
    .explain = O título de viagem substitui o passaporte para os refugiados e os apátridas. Não permite aos refugiados ir ao país de onde fugiram.

concept-oqtf = obrigação de abandonar o território francês (OQTF)
    .explain = A OQTF é uma decisão da prefeitura que lhe pede para sair de França. O prazo para a contestar em tribunal é muito curto, às vezes alguns dias.
    .todo = Leia a data da carta e contacte imediatamente uma associação ou um advogado. Guarde o envelope.

concept-irtf = proibição de regresso ao território francês (IRTF)
    .explain = A IRTF proíbe voltar a França durante um período fixado. Acompanha muitas vezes uma OQTF e também pode ser contestada.

concept-contrat-d-integration-republicaine = contrato de integração republicana (CIR)
    .explain = O CIR é um contrato assinado com o OFII quando chega. Prevê aulas de francês e uma formação sobre a vida em França.

concept-visite-medicale = exame médico
    .explain = O OFII pode convocá-lo para um exame médico depois da sua chegada. É obrigatório para certas autorizações de residência.

concept-date-d-expiration = data de validade (fim)
    .explain = É a data a partir da qual o seu documento deixa de ser válido. Faça o seu pedido de renovação antes dessa data.
    .where = Na autorização de residência, no récépissé ou no passaporte, muitas vezes ao lado de «Valable jusqu’au» (válido até).

concept-date-de-delivrance = data de emissão
    .explain = É a data em que a administração lhe entregou o documento.
    .where = No próprio documento, muitas vezes perto da data de validade.

concept-date-d-entree-en-france = data de entrada em França
    .explain = É o dia em que chegou a França. Guarde provas: carimbo no passaporte, bilhete de avião ou de comboio.
    .where = No carimbo de entrada no seu passaporte.

concept-renouvellement = renovação
    .explain = A renovação é o pedido de um novo documento quando o antigo vai acabar. Na ANEF, peça a renovação de uma autorização de residência entre 120 e 60 dias antes da data de fim. Para uma autorização pedida ao balcão, é nos 2 meses antes da data de fim.

concept-premiere-demande = primeiro pedido
    .explain = Escolha primeiro pedido se nunca teve este tipo de autorização ou de documento.

concept-changement-de-statut = mudança de estatuto
    .explain = A mudança de estatuto é o pedido de outro tipo de autorização de residência. Por exemplo, passar de estudante a trabalhador por conta de outrem.

concept-etudiant = estudante
    .explain = Esta autorização de residência é para as pessoas inscritas numa escola ou numa universidade. Permite trabalhar no máximo 964 horas por ano, ou seja, 60 % de um tempo inteiro. Há regras diferentes para alguns países, como a Argélia.

concept-salarie = trabalhador por conta de outrem
    .explain = Um trabalhador por conta de outrem trabalha para um empregador com um contrato de trabalho. A autorização de residência «salarié» está ligada a esse trabalho.

concept-situation-professionnelle = situação profissional
    .explain = O que faz para ganhar a vida: trabalhador por conta de outrem, à procura de emprego, estudante ou sem atividade. Escolha a sua situação de hoje.

concept-travailleur-temporaire = trabalhador temporário
    .explain = Esta autorização de residência é para um trabalho de menos de um ano, por exemplo um contrato curto. Dura o mesmo que o contrato.

concept-vie-privee-et-familiale = vida privada e familiar (VPF)
    .explain = Esta autorização de residência é dada pelos seus laços familiares em França, por exemplo com um cônjuge francês ou um filho francês. Permite trabalhar.

concept-autorisation-de-travail = autorização de trabalho
    .explain = A autorização de trabalho permite a uma pessoa estrangeira trabalhar em França. Muitas vezes é o empregador que a pede online.

concept-ceseda = CESEDA (código da entrada e residência dos estrangeiros e do direito de asilo)
    .explain = O CESEDA é o livro das leis sobre a residência dos estrangeiros e o asilo em França. As cartas da prefeitura citam os seus artigos.

concept-dossier = processo
    .explain = O processo reúne o seu pedido e todos os seus documentos. A administração analisa-o para tomar uma decisão.

concept-numero-de-dossier = número do processo
    .explain = É o número que identifica o seu pedido. Anote-o, vai precisar dele para escrever à administração.
    .where = No e-mail de confirmação, no comprovativo de entrega ou na sua conta.

concept-instruction = em análise
    .explain = A análise (instruction) é o estudo do seu processo pela administração. Durante esse tempo, espera pela decisão.

concept-decision = decisão
    .explain = A decisão é a resposta da administração ao seu pedido: sim ou não. Uma decisão escrita diz também como a contestar.

concept-refus = recusa
    .explain = Uma recusa quer dizer que a administração disse não ao seu pedido. Pode contestá-la, mas o prazo é curto.
    .todo = Guarde a carta e o envelope, anote a data de receção e contacte depressa uma associação ou um advogado.

## Justiça e recursos (Justice et recours)

concept-recours = recurso (reclamação ou impugnação)
    .explain = Um recurso é um pedido para contestar uma decisão. Escreve-se à própria administração ou vai-se perante um juiz.

concept-delai-de-recours = prazo de recurso
    .explain = É o tempo que tem para contestar uma decisão. Muitas vezes é de 2 meses, às vezes muito menos.
    .where = No fim da carta de decisão, na parte «voies et délais de recours» (vias e prazos de recurso).

concept-decision-implicite-de-rejet = decisão implícita de indeferimento
    .explain = Se a administração não responder durante um certo tempo, a lei considera às vezes que é uma recusa. Para uma autorização de residência, esse prazo é de 4 meses.
    .todo = Guarde a prova da data do seu pedido. Depois desse prazo, pode fazer um recurso.

concept-tribunal-administratif = tribunal administrativo
    .explain = O tribunal administrativo julga os conflitos com a administração, por exemplo a recusa de uma autorização de residência. Para a CAF, julga os conflitos sobre o apoio à habitação e o RSA; as prestações familiares vão para o tribunal judicial (tribunal judiciaire). Às vezes é obrigatório um recurso prévio: leia as «voies et délais de recours» na carta.

concept-refere = providência cautelar urgente (référé)
    .explain = O référé é um processo rápido perante o juiz em caso de urgência. Por exemplo, o juiz pode obrigar a prefeitura a dar-lhe uma marcação.
    .todo = Para o «référé mesures utiles», é preciso provar as suas tentativas: guarde capturas de ecrã com data, feitas várias vezes ao longo de várias semanas.

concept-requete = petição (requête)
    .explain = A requête é o pedido escrito que envia ao tribunal. Explica o que contesta e porquê. Num site, requête também quer dizer um pedido enviado ao computador do site.

concept-avocat = advogado
    .explain = Um advogado aconselha-o e defende-o perante o juiz. Se tiver poucos rendimentos, o apoio judiciário pode pagá-lo.

concept-aide-juridictionnelle = apoio judiciário
    .explain = O apoio judiciário paga a totalidade ou uma parte das despesas de advogado e de justiça, se os seus rendimentos forem baixos. Peça-o ao tribunal ou ao seu advogado.

concept-conseil-d-etat = Conselho de Estado (Conseil d’État)
    .explain = O Conseil d’État é o tribunal mais alto para os conflitos com a administração. Em 3 de junho de 2022, decidiu que o Estado pode impor a ANEF para as autorizações de residência. Mas o Estado tem de ajudar e propor outra solução se, mesmo com ajuda, o site não funcionar para si.

concept-defenseur-des-droits = Provedor dos Direitos (Défenseur des droits)
    .explain = O Défenseur des droits ajuda gratuitamente as pessoas que têm um problema com uma administração ou uma discriminação. Pode contactá-lo online, por telefone ou falar com um delegado.

concept-mediateur = mediador
    .explain = Um mediador ajuda a resolver um desacordo com uma administração, sem ir a tribunal. Muitas vezes é preciso ter escrito antes à administração.

concept-reclamation = reclamação
    .explain = Uma reclamação é uma mensagem para dizer que não está de acordo ou que há um erro. Guarde uma cópia e a data de envio.

concept-recours-amiable = recurso amigável (recours amiable)
    .explain = Para contestar uma decisão da CAF ou do Seguro de Doença, escreva primeiro à respetiva comissão de recurso amigável, em geral no prazo de 2 meses. Este recurso é muitas vezes obrigatório antes de ir a tribunal. Para o RSA, o recurso prévio vai para o conselho departamental (conseil départemental).

concept-preuve = prova
    .explain = Uma prova é um documento que mostra o que aconteceu: carta, e-mail, captura de ecrã com data. Guarde-as todas, podem servir perante um juiz.

concept-alternative-non-numerique = alternativa não digital
    .explain = Para uma autorização de residência, se a ANEF não funcionar para si mesmo com ajuda, o Estado tem de propor outra solução. O Conseil d’État disse-o em 3 de junho de 2022. Para os outros processos, depende: pergunte à administração.
    .todo = Primeiro peça ajuda ao centro de contacto da ANEF ou ao ponto de atendimento digital da prefeitura. Guarde as provas: e-mails e capturas de ecrã com data. Se não bastar, peça por escrito outra solução.

concept-point-justice = ponto de acesso ao direito (point-justice)
    .explain = Num point-justice, juristas dão-lhe conselhos gratuitos sobre os seus direitos.

concept-plainte = queixa
    .explain = Apresentar queixa quer dizer comunicar à polícia ou à gendarmerie que foi vítima. Pode apresentar queixa mesmo sem autorização de residência.

concept-casier-judiciaire = registo criminal
    .explain = O registo criminal lista as condenações de uma pessoa. Alguns processos pedem um certificado, que se obtém gratuitamente online.

## Prestações sociais (Prestations sociales)

concept-caf = CAF (caixa de prestações familiares)
    .explain = A CAF paga apoios em dinheiro: apoios à habitação, RSA, prime d’activité, apoios para os filhos. Cada departamento tem a sua CAF.

concept-msa = MSA (segurança social agrícola)
    .explain = A MSA faz o trabalho da CAF e do Seguro de Doença para as pessoas que trabalham na agricultura.

concept-allocataire = beneficiário (allocataire)
    .explain = O beneficiário é a pessoa que recebe os apoios da CAF ou da MSA para o seu agregado familiar.

concept-numero-allocataire = número de beneficiário (CAF)
    .explain = É o seu número de processo na CAF. Guarde-o para escrever ou telefonar à CAF. Para iniciar sessão em caf.fr, usa-se em geral o seu número de segurança social.
    .where = No topo das cartas da CAF e na declaração de pagamento.

concept-prestation = prestação
    .explain = Uma prestação é um apoio, muitas vezes em dinheiro, pago por um organismo como a CAF ou o Seguro de Doença.

concept-rsa = RSA (rendimento de solidariedade ativa)
    .explain = O RSA é um apoio em dinheiro para as pessoas com muito poucos ou nenhuns rendimentos, em geral a partir dos 25 anos. É preciso declarar os rendimentos de 3 em 3 meses.

concept-prime-d-activite = prémio de atividade (prime d’activité)
    .explain = A prime d’activité é um apoio da CAF para as pessoas que trabalham e ganham pouco. É preciso declarar os rendimentos de 3 em 3 meses.

concept-aide-au-logement = apoio à habitação
    .explain = É um apoio da CAF ou da MSA para pagar uma parte da renda. O valor depende dos seus rendimentos, da renda e da sua família.

concept-apl = APL (apoio personalizado à habitação)
    .explain = A APL é um apoio à habitação para as habitações convencionadas (conventionnés), muitas vezes as habitações sociais. Pode ser paga diretamente ao senhorio, que a desconta da renda. Caso contrário, é paga a si.

concept-als = ALS (subsídio social de habitação)
    .explain = A ALS é um apoio à habitação para as pessoas sem filhos a cargo que não têm direito à APL. Os estudantes recebem-na muitas vezes.

concept-alf = ALF (subsídio familiar de habitação)
    .explain = A ALF é um apoio à habitação para as famílias, por exemplo com filhos a cargo, que não têm direito à APL.

concept-allocations-familiales = abono de família (allocations familiales)
    .explain = As allocations familiales são pagas todos os meses pela CAF se tiver pelo menos 2 filhos a cargo. O valor depende dos seus rendimentos.

concept-paje = Paje (prestação para crianças pequenas)
    .explain = A Paje reúne os apoios da CAF para o nascimento e as crianças pequenas. Também ajuda a pagar a guarda da criança.

concept-allocation-de-rentree-scolaire = subsídio de regresso às aulas (ARS)
    .explain = O ARS é um apoio pago no fim do verão por cada filho dos 6 aos 18 anos que vai à escola. Depende dos seus rendimentos.

concept-aah = AAH (subsídio para adultos com deficiência)
    .explain = A AAH é um apoio em dinheiro para os adultos com deficiência que têm poucos rendimentos. A MDPH decide, e depois a CAF ou a MSA paga o apoio.

concept-mdph = MDPH (serviço departamental para pessoas com deficiência)
    .explain = A MDPH analisa os pedidos das pessoas com deficiência, por exemplo a AAH ou o cartão de mobilidade e inclusão (CMI). Desde 2017, o CMI substitui o cartão de invalidez (carte d’invalidité). Um antigo cartão de invalidez continua válido no máximo até 31 de dezembro de 2026.

concept-allocation-de-soutien-familial = subsídio de apoio familiar (ASF)
    .explain = O ASF ajuda o pai ou a mãe que cria sozinho um filho, quando o outro progenitor não paga ou paga pouca pensão de alimentos.

concept-complement-familial = complemento familiar
    .explain = O complemento familiar é um apoio da CAF para as famílias com pelo menos 3 filhos com mais de 3 anos, com rendimentos modestos.

concept-pension-alimentaire = pensão de alimentos
    .explain = É o dinheiro que um dos pais separados paga ao outro para os filhos. A CAF pode ajudar se esse dinheiro não for pago.

concept-quotient-familial = quociente familiar (QF)
    .explain = O quociente familiar é um cálculo feito com os seus rendimentos e o tamanho da sua família. A câmara municipal e outros serviços usam-no para fixar os preços.
    .where = Na sua declaração de quociente familiar, que pode descarregar no site da CAF.

concept-ressources = rendimentos
    .explain = Os seus rendimentos são todo o dinheiro que recebe: salário, subsídio de desemprego, apoios, pensões. Os apoios são calculados com base nos seus rendimentos.

concept-declaration-trimestrielle-de-ressources = declaração trimestral de rendimentos (DTR)
    .explain = De 3 em 3 meses, tem de declarar os seus rendimentos à CAF para o RSA ou a prime d’activité. Sem esta declaração, os pagamentos param.
    .todo = Faça-a assim que a CAF a pedir. Se estiver bloqueado, guarde uma captura de ecrã e contacte a CAF.

concept-declaration-de-situation = declaração de situação
    .explain = É um formulário em que diz ao organismo quem vive consigo, onde mora e o que faz. Serve para calcular os seus direitos.

concept-changement-de-situation = alteração de situação
    .explain = Tem de comunicar depressa à CAF ou à CPAM qualquer alteração: mudança de casa, nascimento, vida em casal, separação, trabalho. Senão, pode ter de devolver dinheiro.

concept-indu = pagamento indevido (indu)
    .explain = Um indu é dinheiro que recebeu a mais. O organismo pede-lhe que o devolva, muitas vezes descontando-o nos seus próximos apoios.
    .todo = Se não concordar, faça um recurso amigável no prazo escrito na carta. Também pode pedir o perdão da dívida ou o pagamento em prestações.

concept-remise-de-dette = perdão da dívida
    .explain = Pode pedir para não reembolsar a totalidade ou uma parte de um pagamento indevido, se não puder pagar. Também pode pedir para pagar em várias vezes.

concept-rappel = pagamento de retroativos (ou lembrete)
    .explain = Um rappel é dinheiro que o organismo lhe devia e que lhe paga com atraso, de uma só vez. Um rappel também pode ser uma mensagem que lhe lembra uma data.

concept-paiement = pagamento
    .explain = O pagamento é o dinheiro pago, a si ou por si. Na sua conta CAF, esta página mostra os apoios pagos.

concept-versement = transferência (pagamento)
    .explain = A transferência é o envio de dinheiro para a sua conta bancária. A CAF paga os apoios de um mês, em geral, no dia 5 do mês seguinte. O dinheiro pode chegar à sua conta até 3 dias depois.

concept-droits = direitos
    .explain = Os seus direitos são o que a lei lhe permite receber ou fazer. Por exemplo, o direito a um apoio à habitação.

concept-ouverture-de-droits = abertura de direitos
    .explain = A abertura de direitos quer dizer que o organismo aceitou o seu pedido. A partir dessa data, pode receber o apoio.

concept-fin-de-droits = fim dos direitos
    .explain = É a data em que um apoio acaba. Informe-se antes, porque às vezes é possível outro apoio.

concept-attestation-de-paiement = declaração de pagamento
    .explain = Este documento prova os apoios que recebe e o seu valor. É-lhe pedido para uma habitação, uma cantina ou outro apoio.
    .where = Para descarregar na sua conta CAF, na secção «attestations» (declarações).

concept-simulation = simulação
    .explain = A simulação calcula se poderia ter um apoio e quanto. Não é um pedido: depois é preciso fazer o pedido verdadeiro.

concept-controle = controlo (verificação)
    .explain = O organismo pode verificar as suas declarações, por carta ou por uma visita. Responda no prazo pedido e guarde cópias.

concept-suspension = suspensão
    .explain = A suspensão quer dizer que o apoio está parado durante um tempo, muitas vezes porque falta um documento ou uma declaração.
    .todo = Leia a mensagem para saber o que falta, envie-o depressa e guarde uma prova do envio.

concept-radiation = cancelamento da inscrição (radiation)
    .explain = A radiation quer dizer que foi retirado da lista, por exemplo dos candidatos a emprego. Os seus apoios podem parar.
    .todo = Leia a carta e conteste depressa se for um erro. Guarde as provas dos seus passos.

concept-rib = RIB (comprovativo de IBAN)
    .explain = O RIB é um documento do seu banco com o seu nome e os números da sua conta. É pedido para lhe pagarem dinheiro.
    .where = Na aplicação do seu banco, no seu livro de cheques ou no balcão do banco.

concept-iban = IBAN (número internacional de conta bancária)
    .explain = O IBAN é o número internacional da sua conta bancária. Em França, tem 27 caracteres e começa por FR.
    .where = No seu RIB ou na aplicação do seu banco.

concept-bic = BIC (código do banco)
    .explain = O BIC é o código do seu banco, com 8 ou 11 letras e algarismos. Às vezes é pedido com o IBAN.
    .where = No seu RIB, ao lado do IBAN.

concept-banque = banco
    .explain = O banco guarda o seu dinheiro numa conta. Os apoios são pagos numa conta bancária em seu nome.

concept-compte-bancaire = conta bancária
    .explain = Uma conta bancária recebe o seu dinheiro, como o salário ou os apoios. Muitas vezes tem de estar em seu nome.

concept-droit-au-compte = direito a uma conta bancária
    .explain = Se um banco recusar abrir-lhe uma conta, o Banco de França (Banque de France) pode obrigar um banco a fazê-lo. É gratuito.

concept-cheque-energie = cheque energia
    .explain = O cheque energia ajuda a pagar a eletricidade, o gás ou o aquecimento, conforme os seus rendimentos. Desde 2025, já não chega sempre sozinho: algumas pessoas têm de o pedir. Declare os seus rendimentos todos os anos e veja as regras do ano em chequeenergie.gouv.fr.

concept-aspa = ASPA (complemento de solidariedade para idosos)
    .explain = A ASPA é um apoio em dinheiro para as pessoas idosas, em geral a partir dos 65 anos, que têm poucos rendimentos.

concept-retraite = reforma
    .explain = A reforma é o dinheiro pago todos os meses quando deixa de trabalhar por causa da idade. O valor depende dos anos trabalhados.

concept-ccas = CCAS (centro municipal de ação social)
    .explain = O CCAS é o serviço social da câmara municipal. Dá apoios de urgência, ajuda nos processos e pode dar-lhe uma domiciliação.

concept-france-services = France Services (balcão de apoio aos serviços públicos)
    .explain = Num espaço France Services, funcionários ajudam-no gratuitamente nos seus processos: CAF, impostos, saúde, documentos. Há espaços destes em muitas cidades.

concept-centre-social = centro social
    .explain = O centro social é um lugar do bairro aberto a todos. Muitas vezes pode receber lá ajuda para os processos online.

concept-travailleur-social = assistente social
    .explain = O assistente social ajuda-o nas suas dificuldades: habitação, dinheiro, documentos, saúde. Pode encontrá-lo na câmara municipal, no departamento ou numa associação.

concept-conseiller-numerique = conselheiro digital
    .explain = O conselheiro digital ajuda-o a usar o computador e a internet para os seus processos.

concept-aidants-connect = Aidants Connect (ajuda autorizada nos processos online)
    .explain = O Aidants Connect permite a um ajudante profissional tratar de um processo online por si, com o seu acordo escrito. Escolhe os processos e a duração.

concept-interprete = intérprete
    .explain = Um intérprete traduz oralmente entre si e a pessoa que fala francês. Pergunte com antecedência se é possível ter um intérprete na sua marcação.

## Saúde (Santé)

concept-assurance-maladie = Seguro de Doença (Assurance Maladie)
    .explain = O Seguro de Doença paga uma parte dos seus cuidados de saúde: médico, medicamentos, hospital. O seu site chama-se Ameli.

concept-securite-sociale = Segurança Social (Sécurité sociale)
    .explain = A Segurança Social é o sistema francês que protege contra a doença, a velhice e os encargos familiares. Inclui o Seguro de Doença e a CAF.

concept-ameli = Ameli (site do Seguro de Doença)
    .explain = Ameli é o site do Seguro de Doença. Na sua conta, vê os seus reembolsos e descarrega a declaração de direitos.

concept-cpam = CPAM (caixa local do Seguro de Doença)
    .explain = A CPAM é o serviço do Seguro de Doença no seu departamento. Trata dos pedidos de cartão Vitale, de AME e de Complémentaire santé solidaire.

concept-numero-de-securite-sociale = número da segurança social
    .explain = É o seu número pessoal para a saúde: 13 algarismos e depois uma chave de 2 algarismos. Começa por 1 para um homem e por 2 para uma mulher.
    .where = No seu cartão Vitale e na sua declaração de direitos.

concept-numero-provisoire = número provisório
    .explain = Se nasceu no estrangeiro, o Seguro de Doença dá-lhe primeiro um número provisório, que começa muitas vezes por 7 ou 8. O número definitivo chega depois da verificação do seu registo civil.
    .where = Na sua declaração de direitos.

concept-carte-vitale = cartão Vitale (cartão de saúde)
    .explain = O cartão Vitale é o cartão verde do Seguro de Doença. Apresente-o no médico ou na farmácia para ser reembolsado mais depressa.

concept-attestation-de-droits = declaração de direitos ao seguro de doença
    .explain = Este documento prova que tem seguro de doença. Mostra o seu número da segurança social e os seus direitos.
    .where = Para descarregar na sua conta Ameli, ou para pedir à CPAM.

concept-assure = segurado
    .explain = O segurado é a pessoa que tem um seguro de doença em seu nome.

concept-ayant-droit = beneficiário a cargo (ayant droit)
    .explain = Um ayant droit é uma pessoa coberta pelo seguro de outra, por exemplo um filho pelo dos pais.

concept-aide-medicale-d-etat = ajuda médica do Estado (AME)
    .explain = A AME paga os cuidados de saúde das pessoas sem autorização de residência que vivem em França há mais de 3 meses, com poucos rendimentos. Pede-se à CPAM todos os anos.

concept-complementaire-sante-solidaire = seguro complementar de saúde solidário (C2S)
    .explain = A Complémentaire santé solidaire ajuda a pagar os cuidados que o Seguro de Doença não reembolsa. Conforme os seus rendimentos, é gratuita ou custa menos de um euro por dia e por pessoa. Peça-a no Ameli ou na sua CPAM.

concept-puma = PUMa (proteção universal na doença)
    .explain = A PUMa dá um seguro de doença a qualquer pessoa que trabalhe ou viva em França de forma estável e regular. Substituiu a CMU.

concept-mutuelle = seguro de saúde complementar (mutuelle)
    .explain = A mutuelle paga uma parte dos cuidados que o Seguro de Doença não reembolsa. Em geral, é paga. Com rendimentos baixos, a Complémentaire santé solidaire é gratuita ou custa menos de um euro por dia e por pessoa.

concept-medecin-traitant = médico assistente (médecin traitant)
    .explain = O médico assistente é o médico que escolhe para o acompanhar. Se não declarar nenhum, é menos bem reembolsado.

concept-medecin = médico
    .explain = O médico trata de si e pode passar uma receita ou uma baixa médica.

concept-ordonnance = receita médica
    .explain = A ordonnance é o papel do médico que lista os medicamentos ou os tratamentos. A farmácia precisa dela. No tribunal, uma ordonnance é também uma decisão do juiz.

concept-remboursement = reembolso
    .explain = O reembolso é o dinheiro que o Seguro de Doença ou a mutuelle lhe devolve depois dos cuidados. Vê-o na sua conta Ameli.

concept-feuille-de-soins = folha de cuidados (feuille de soins)
    .explain = A feuille de soins é o papel dado pelo médico se não tiver o cartão Vitale. Envie-a à sua CPAM para ser reembolsado.

concept-arret-de-travail = baixa médica
    .explain = A baixa médica é um papel do médico que diz que não pode trabalhar por razões de saúde. Envie-a à CPAM e ao empregador no prazo de 48 horas.

concept-indemnites-journalieres = subsídio diário (de doença)
    .explain = São quantias pagas pelo Seguro de Doença durante uma baixa médica. Substituem uma parte do salário.

concept-tiers-payant = pagamento direto por terceiros (tiers payant)
    .explain = Com o tiers payant, o Seguro de Doença paga a sua parte diretamente ao médico ou à farmácia. Paga só o resto, a não ser que a sua mútua (mutuelle) também o pague diretamente.

concept-pass = consulta de acesso aos cuidados de saúde (PASS)
    .explain = A PASS é um serviço do hospital para as pessoas sem seguro de doença. Aí é tratado e ajudado a abrir os seus direitos.

concept-affection-de-longue-duree = doença de longa duração (ALD)
    .explain = Uma ALD é uma doença grave e longa, como a diabetes. Os cuidados ligados a essa doença são mais bem reembolsados.

concept-certificat-medical = atestado médico
    .explain = O atestado médico é um papel escrito por um médico sobre o seu estado de saúde. Alguns processos pedem-no, por exemplo a autorização de residência por doença.

concept-mon-espace-sante = Mon espace santé (a minha área de saúde)
    .explain = Mon espace santé é um boletim de saúde online. Os seus médicos podem pôr lá os seus documentos de saúde, se concordar.

concept-doctolib = Doctolib (site de marcação de consultas)
    .explain = Doctolib é um site privado para marcar consultas com um médico ou no hospital. É gratuito para os doentes.

concept-urgences = serviço de urgência
    .explain = As urgências do hospital tratam os problemas graves, de dia e de noite. Numa emergência em que a vida está em perigo, ligue o 15 ou o 112.

concept-agence-regionale-de-sante = agência regional de saúde
    .explain = A agência regional de saúde organiza a saúde na sua região: hospitais, vacinas, prevenção. Não reembolsa os cuidados.

## Impostos (Impôts)

concept-impots = impostos
    .explain = Os impostos são o dinheiro pago ao Estado ou ao município. Mesmo sem pagar imposto, muitas vezes é preciso fazer uma declaração todos os anos.

concept-impots-gouv = impots.gouv.fr (site oficial dos impostos)
    .explain = É o site oficial dos impostos em França. Aí declara os seus rendimentos e encontra as suas notas de liquidação.

concept-dgfip = DGFiP (administração fiscal francesa)
    .explain = A DGFiP é a administração dos impostos em França.

concept-numero-fiscal = número fiscal
    .explain = O número fiscal é o seu número pessoal nos impostos, com 13 algarismos. Serve de identificador em impots.gouv.fr.
    .where = Na primeira página da sua nota de liquidação ou da sua declaração de rendimentos, em cima.

concept-numero-d-acces-en-ligne = número de acesso online
    .explain = Este número serve para criar a sua conta em impots.gouv.fr na primeira vez. Muda todos os anos.
    .where = Na primeira página da sua última declaração de rendimentos, ou numa carta dos impostos.

concept-avis-d-imposition = nota de liquidação do imposto (avis d’imposition)
    .explain = O avis d’imposition é o documento enviado pelos impostos depois da sua declaração. Diz quanto tem de pagar e serve de prova de rendimentos.
    .where = Na sua área pessoal em impots.gouv.fr, secção Documents (documentos).

concept-avis-de-non-imposition = nota de isenção de imposto (avis de non-imposition)
    .explain = Este documento diz que não tem imposto sobre o rendimento a pagar. É muitas vezes pedido para os apoios, a habitação social ou as bolsas. Hoje, este papel é feito pelo «avis de situation déclarative» ou pela nota de imposto (avis d’impôt).

concept-avis-de-situation-declarative = comprovativo de declaração de rendimentos (ASDIR)
    .explain = Este documento prova que declarou os seus rendimentos, logo que a declaração é feita online. Pode servir enquanto espera pelo avis d’imposition.

concept-revenu-fiscal-de-reference = rendimento fiscal de referência (RFR)
    .explain = É um montante calculado pelos impostos a partir dos seus rendimentos. Muitos apoios e tarifas usam este número.
    .where = Na primeira página do seu avis d’imposition, no quadro das suas referências.

concept-declaration-de-revenus = declaração de rendimentos
    .explain = Todos os anos, na primavera, declara aos impostos o dinheiro ganho no ano anterior. Faça-a mesmo com poucos ou nenhuns rendimentos, porque a nota serve para os seus apoios.

concept-declaration-automatique = declaração automática
    .explain = Se a sua situação não mudou, os impostos validam eles próprios a sua declaração. Mesmo assim, verifique os montantes e corrija-os se for preciso.

concept-declarant = declarante
    .explain = O declarante é a pessoa que faz a declaração. Para um casal casado ou com PACS, há um declarante 1 e um declarante 2.

concept-prelevement-a-la-source = retenção na fonte
    .explain = O imposto sobre o rendimento é tirado diretamente todos os meses do seu salário ou dos seus rendimentos. É a retenção na fonte.

concept-taux-de-prelevement = taxa de retenção
    .explain = É a percentagem dos seus rendimentos tirada todos os meses para o imposto. É calculada com a sua última declaração.

concept-impot-sur-le-revenu = imposto sobre o rendimento
    .explain = O imposto sobre o rendimento é calculado sobre o dinheiro que ganha durante o ano. Muitas pessoas com rendimentos baixos não o pagam.

concept-revenu-imposable = rendimento tributável
    .explain = É a parte dos seus rendimentos que conta para calcular o imposto sobre o rendimento.

concept-taxe-fonciere = imposto predial (taxe foncière)
    .explain = A taxe foncière é paga todos os anos pelos proprietários de uma habitação ou de um terreno. Os inquilinos não a pagam.

concept-taxe-d-habitation = taxa de habitação (taxe d’habitation)
    .explain = A taxe d’habitation já não existe para a sua habitação principal. Continua a existir para as residências secundárias.

concept-foyer-fiscal = agregado fiscal
    .explain = O agregado fiscal é o conjunto das pessoas na mesma declaração de rendimentos: a própria pessoa, o cônjuge ou parceiro de PACS e os filhos a cargo.

concept-part-fiscale = quota fiscal (part fiscale)
    .explain = O número de quotas depende da sua família: adultos e filhos a cargo. Quanto mais quotas tiver, menor é o imposto.

concept-annee-de-revenus = ano dos rendimentos
    .explain = É o ano em que ganhou o dinheiro declarado. Em geral, declaram-se os rendimentos do ano anterior.

concept-residence-fiscale = residência fiscal
    .explain = A residência fiscal é o país onde paga os seus impostos, muitas vezes aquele onde vive a maior parte do ano.

concept-centre-des-finances-publiques = serviço de finanças (centre des finances publiques)
    .explain = É o serviço dos impostos perto da sua casa. Pode fazer lá perguntas sobre a sua declaração, muitas vezes com marcação.

concept-espace-particulier = área pessoal dos impostos (espace particulier)
    .explain = É a sua conta pessoal em impots.gouv.fr, que agora se chama « espace Finances publiques ». Aí declara os seus rendimentos, lê as suas notas e escreve aos impostos.

## Emprego (Emploi)

concept-france-travail = France Travail (serviço público de emprego)
    .explain = O France Travail ajuda as pessoas que procuram emprego e paga os subsídios de desemprego. Chamava-se Pôle emploi antes de 2024.

concept-identifiant-france-travail = identificador France Travail
    .explain = É o número dado pelo France Travail na sua inscrição. Serve para iniciar sessão e para escrever ao France Travail.
    .where = Nas cartas do France Travail e no e-mail recebido na inscrição.

concept-demandeur-d-emploi = candidato a emprego
    .explain = Um candidato a emprego é uma pessoa inscrita no France Travail para procurar trabalho.

concept-inscription = inscrição
    .explain = A inscrição é o primeiro passo para ficar registado, por exemplo no France Travail. Dá acesso à ajuda e aos subsídios.

concept-actualisation = atualização mensal (actualisation)
    .explain = Todos os meses, diz ao France Travail se trabalhou e se continua à procura de emprego. Sem atualização, a sua inscrição e os seus subsídios param.
    .todo = Faça-a na data indicada, muitas vezes no fim do mês. Guarde a confirmação ou uma captura de ecrã.

concept-chomage = desemprego
    .explain = Estar desempregado quer dizer não ter trabalho e procurar um. Em certas condições, o France Travail paga-lhe dinheiro.

concept-are = subsídio de desemprego (ARE)
    .explain = A ARE é o subsídio de desemprego pago pelo France Travail, se perdeu o emprego e trabalhou tempo suficiente antes. É pago, por exemplo, depois de um despedimento, de uma rescisão por acordo (rupture conventionnelle) ou do fim de um contrato a prazo (CDD). Depois de uma demissão, só em certos casos.

concept-ass = subsídio de solidariedade específico (ASS)
    .explain = A ASS pode ser paga quando os seus direitos ao subsídio de desemprego acabaram, se antes trabalhou tempo suficiente e os seus rendimentos são baixos. A sua supressão foi proposta em 2024 e 2025. Pergunte à France Travail se ainda existe para si.

concept-conseiller = conselheiro
    .explain = O conselheiro é a pessoa que acompanha o seu processo e o ajuda na sua procura. Pode escrever-lhe pela caixa de mensagens.

concept-attestation-employeur = declaração do empregador
    .explain = O empregador tem de lhe dar este documento no fim do seu contrato. O France Travail precisa dele para calcular o seu subsídio de desemprego.

concept-bulletin-de-salaire = recibo de vencimento
    .explain = É o papel dado todos os meses pelo empregador com o seu salário. Guarde-os sempre, servem para o desemprego, a reforma e a autorização de residência.

concept-salaire = salário
    .explain = O salário é o dinheiro pago pelo empregador pelo seu trabalho. O bruto é antes dos descontos, o líquido é o que recebe.

concept-contrat-de-travail = contrato de trabalho
    .explain = O contrato de trabalho é o acordo escrito entre si e o empregador: posto, salário, horário, duração. Guarde uma cópia.

concept-cdi = CDI (contrato sem termo)
    .explain = O CDI é um contrato de trabalho sem data de fim.

concept-cdd = CDD (contrato a termo)
    .explain = O CDD é um contrato de trabalho com data de fim.

concept-interim = trabalho temporário
    .explain = O trabalho temporário é um trabalho curto proposto por uma agência, numa empresa cliente.

concept-employeur = empregador
    .explain = O empregador é a pessoa ou a empresa que o põe a trabalhar e lhe paga.

concept-entreprise = empresa
    .explain = Uma empresa produz ou vende alguma coisa. O formulário pede às vezes as suas informações oficiais, como o SIRET.

concept-societe = sociedade
    .explain = Uma sociedade é uma forma de empresa criada por uma ou várias pessoas, com um nome e regras oficiais.

concept-type-de-societe = tipo de sociedade (forma jurídica)
    .explain = É a forma oficial da empresa, por exemplo SARL, SAS ou empresa individual.
    .where = No extrato Kbis ou no aviso de situação no registo SIRENE.

concept-denomination = denominação (firma)
    .explain = A denominação é o nome oficial da empresa, tal como está registado.
    .where = No extrato Kbis ou nos recibos de vencimento.

concept-numero-de-siret = número SIRET (estabelecimento da empresa)
    .explain = O SIRET é o número de um estabelecimento de empresa, com 14 algarismos. Permite reconhecer a empresa.
    .where = Nos seus recibos de vencimento, em cima, ou nas faturas da empresa.

concept-numero-siren = número SIREN (empresa)
    .explain = O SIREN é o número da empresa, com 9 algarismos. São os 9 primeiros algarismos do SIRET.

concept-extrait-kbis = extrato Kbis (certidão do registo comercial)
    .explain = O extrato Kbis é o bilhete de identidade oficial de uma empresa registada no registo comercial.

concept-fonction = função na empresa
    .explain = A função é o seu cargo na empresa, por exemplo gerente, vendedor ou empregado de limpeza.

concept-representant-legal = representante legal
    .explain = O representante legal age oficialmente em nome de uma empresa, muitas vezes o gerente ou o presidente. Para uma criança, são em geral os pais.

concept-micro-entrepreneur = microempresário (trabalhador independente)
    .explain = O microempresário trabalha por conta própria com regras simples. Declara o seu volume de negócios à URSSAF, todos os meses ou todos os trimestres.

concept-urssaf = URSSAF (cobrança das contribuições sociais)
    .explain = A URSSAF cobra as contribuições sociais dos empregadores e dos trabalhadores independentes. Os microempresários declaram lá os seus rendimentos.

concept-offre-d-emploi = oferta de emprego
    .explain = Uma oferta de emprego é um anúncio de um empregador que procura alguém para um trabalho.

concept-cv = CV (curriculum vitae)
    .explain = O CV é um documento curto que apresenta os seus estudos, a sua experiência e as suas competências.

concept-formation = formação profissional
    .explain = Uma formação é um curso para aprender uma profissão ou uma competência. O France Travail pode ajudá-lo a encontrar uma.

concept-contrat-d-engagement-jeune = contrato de compromisso jovem (CEJ)
    .explain = O CEJ ajuda os jovens com menos de 26 anos sem emprego nem formação, com acompanhamento e um subsídio.

concept-licenciement = despedimento
    .explain = O despedimento é o fim do contrato decidido pelo empregador. Tem de respeitar regras e dar-lhe os documentos de fim de contrato.

## Documentos e títulos (ANTS, câmara municipal) (Documents et titres)

concept-ants = ANTS (agência nacional dos títulos seguros)
    .explain = A ANTS, chamada France Titres desde 2024, trata dos processos online do cartão de identidade, do passaporte, da carta de condução e do registo do veículo (carte grise).

concept-carte-nationale-d-identite = cartão nacional de identidade (CNI)
    .explain = O cartão nacional de identidade é o documento de identidade das pessoas francesas. Uma pessoa estrangeira usa o seu passaporte ou a sua autorização de residência.

concept-piece-d-identite = documento de identidade
    .explain = É um documento oficial com a sua fotografia que prova quem é: passaporte, cartão de identidade ou autorização de residência.

concept-permis-de-conduire = carta de condução
    .explain = A carta de condução autoriza-o a conduzir um veículo. Os processos fazem-se no site da ANTS.

concept-neph = número NEPH (processo da carta de condução)
    .explain = O NEPH é o número de processo da sua carta de condução. O site pede-o para os processos relativos à carta.
    .where = Nos papéis da escola de condução ou na sua carta.

concept-echange-de-permis = troca da carta de condução
    .explain = Se tem uma carta de condução de um país fora da União Europeia, às vezes tem de a trocar por uma carta francesa. Muitas vezes, o pedido tem de ser feito no ano seguinte à sua primeira autorização de residência.

concept-code-ephoto = código ePhoto (fotografia digital)
    .explain = É um código que liga a sua fotografia digital ao seu pedido. O site pede-o em vez de uma fotografia em papel.
    .where = Na folha de fotografias dada pela cabine ou pelo fotógrafo aprovado pela ANTS.

concept-photo-d-identite = fotografia tipo passe
    .explain = A fotografia tem de ter menos de 6 meses, de frente, com a boca fechada e sobre um fundo claro. Os óculos são permitidos se os olhos se virem bem, sem lentes escurecidas nem reflexos. Tire-a num fotógrafo ou numa cabine aprovada.

concept-certificat-d-immatriculation = certificado de matrícula (carte grise)
    .explain = O certificado de matrícula, chamado carte grise, é o documento oficial de um veículo. Tem o número da matrícula e o nome do proprietário.

concept-pre-demande = pré-pedido online
    .explain = O pré-pedido faz-se online antes de ir à câmara municipal para um cartão de identidade ou um passaporte. Recebe um número para dar na marcação.

concept-mairie = câmara municipal (mairie)
    .explain = A câmara municipal é o serviço do seu município. Faz os atos de registo civil e recebe os pedidos de cartão de identidade e de passaporte.

concept-empreintes-digitales = impressões digitais
    .explain = As impressões digitais são os desenhos da ponta dos seus dedos. São recolhidas para um passaporte, um cartão de identidade ou uma autorização de residência.

concept-timbre-fiscal = selo fiscal (timbre fiscal)
    .explain = O selo fiscal serve para pagar uma taxa por um documento: autorização de residência, passaporte, visto. Compra-se online ou numa tabacaria.
    .where = No site timbres.impots.gouv.fr ou numa tabacaria. Guarde o número do selo.

concept-declaration-de-perte = declaração de perda
    .explain = Se perdeu um documento ou se lho roubaram, faça uma declaração. É pedida para obter um novo documento.

concept-attestation = declaração (atestado)
    .explain = Uma declaração é um documento que prova uma informação, por exemplo os seus direitos, um pagamento ou a sua morada.

concept-copie = cópia
    .explain = Uma cópia é a reprodução de um documento. Guarde sempre o original e dê uma cópia, se for aceite.

concept-compte-rendu = relatório (ata)
    .explain = Um «compte rendu» é um texto que conta o que aconteceu. Por exemplo, o médico escreve um relatório depois de um exame.

concept-original = original
    .explain = O original é o documento verdadeiro, não uma cópia. Muitas vezes é-lhe pedido na marcação para verificação.

concept-scanner = digitalizar
    .explain = Digitalizar quer dizer transformar um documento em papel num ficheiro. Uma fotografia nítida tirada com o telemóvel é muitas vezes aceite.

concept-traduction = tradução
    .explain = Um documento em língua estrangeira tem muitas vezes de ser traduzido para francês. Para os atos oficiais, a tradução tem de ser feita por um tradutor ajuramentado.

concept-legalisation = legalização (ou apostila)
    .explain = A legalização ou a apostila prova que um documento estrangeiro é autêntico. Depende do país que fez o documento.

concept-en-cours-de-validite = dentro da validade
    .explain = Um documento dentro da validade ainda não passou a sua data de fim.

concept-courrier = correio (carta)
    .explain = O correio é uma carta enviada pelos correios. Guarde uma cópia e a prova de envio de qualquer carta importante.

concept-lettre-recommandee = carta registada
    .explain = É uma carta enviada pelos correios com uma prova de envio e de receção. Use-a para as cartas importantes, como um recurso.

concept-accuse-de-reception = aviso de receção
    .explain = O aviso de receção prova que a administração recebeu mesmo o seu pedido. Guarde-o, dá a data do seu processo.

concept-notification = notificação
    .explain = Uma notificação é uma mensagem oficial que o informa de uma decisão ou de uma novidade. A data da notificação faz começar os prazos de recurso.

## Marcações (Rendez-vous)

concept-rendez-vous = marcação (atendimento)
    .explain = Uma marcação é um dia e uma hora fixados para ser atendido por um funcionário. Muitas administrações só atendem com marcação.

concept-prendre-rendez-vous = fazer uma marcação
    .explain = Fazer uma marcação quer dizer escolher um dia e uma hora livres no site. Depois recebe uma confirmação, que deve guardar.

concept-creneau = horário disponível (vaga)
    .explain = Uma vaga é uma hora de marcação livre que pode escolher.

concept-plage-horaire = intervalo de horário
    .explain = Um intervalo de horário é um período de tempo, por exemplo das 9h às 12h, em que há marcações possíveis.

concept-aucun-creneau-disponible = nenhuma vaga disponível
    .explain = O site diz que não há marcações livres neste momento. Não é culpa sua, e isto pode durar semanas.
    .todo = Tente outra vez noutros dias e horas, e faça de cada vez uma captura de ecrã com data. Estas provas permitem pedir uma marcação por escrito e depois ao juiz, em référé.

concept-annuler-un-rendez-vous = cancelar uma marcação
    .explain = Se não puder ir, cancele a sua marcação para libertar a vaga. Use a ligação recebida no e-mail de confirmação.

concept-modifier-un-rendez-vous = alterar uma marcação
    .explain = Alterar uma marcação quer dizer escolher outro dia ou outra hora. Atenção, a marcação antiga pode perder-se.

concept-confirmation-de-rendez-vous = confirmação da marcação
    .explain = É a mensagem que prova a sua marcação, com o dia, a hora e o lugar. Imprima-a ou guarde-a no seu telemóvel.

concept-liste-d-attente = lista de espera
    .explain = Está inscrito numa lista e a administração contacta-o quando uma vaga ficar livre.

concept-delai = prazo
    .explain = O prazo é o tempo de espera, ou o tempo que tem para fazer alguma coisa. Respeite os prazos escritos nas cartas.

concept-reponse-automatique = resposta automática
    .explain = É uma mensagem enviada por um computador, não por uma pessoa. Não responda a este endereço, use o formulário ou o endereço indicado.

## Erros e mensagens (Erreurs et messages)

concept-message-d-erreur = mensagem de erro
    .explain = Uma mensagem de erro diz que um problema impede de continuar. Muitas vezes está a vermelho, perto do campo a corrigir ou no topo da página.
    .todo = Leia a mensagem, corrija o campo indicado e tente de novo. Se não perceber o erro, faça uma captura de ecrã para a mostrar a uma pessoa que o ajuda.

concept-erreur-technique = erro técnico
    .explain = O site tem um problema que não vem de si. O seu pedido pode não ter sido enviado.
    .todo = Faça uma captura de ecrã com a data e a hora, e depois tente mais tarde. Se o erro voltar, escreva à administração e peça outra forma de tratar do processo.

concept-service-indisponible = serviço indisponível
    .explain = O site não está a funcionar neste momento. Não é culpa sua.
    .todo = Faça uma captura de ecrã com data e tente mais tarde. Se isto durar, guarde as suas capturas: provam que tentou.

concept-maintenance = manutenção
    .explain = O site está parado para trabalhos técnicos. Em geral volta a funcionar ao fim de algumas horas.
    .todo = Volte mais tarde, muitas vezes depois da hora indicada. Se um prazo estiver a chegar ao fim, guarde uma captura de ecrã para provar que o site estava fechado.

concept-page-introuvable = página não encontrada
    .explain = O endereço da página não existe ou já não existe. A ligação pode ser antiga ou estar mal escrita.
    .todo = Volte à página inicial do site e procure o processo com o menu. Verifique o endereço escrito no topo do navegador.

concept-erreur-500 = erro 500 (erro do servidor)
    .explain = O servidor do site teve um problema. Não é culpa sua.
    .todo = Faça uma captura de ecrã com data e tente mais tarde. Se o erro voltar, comunique-o à administração com a captura.

concept-acces-refuse = acesso recusado
    .explain = O site não o deixa ver esta página. Talvez não tenha iniciado sessão, ou a página é reservada.
    .todo = Inicie sessão e tente de novo. Se continuar, faça uma captura de ecrã e contacte a administração.

concept-reessayer-plus-tard = tente mais tarde
    .explain = O site pede-lhe que espere antes de tentar outra vez. O problema vem muitas vezes do site.
    .todo = Anote a hora ou faça uma captura de ecrã, e depois tente outra vez noutro momento do dia.

concept-dossier-incomplet = processo incompleto
    .explain = Falta um documento ou uma informação no seu processo. A administração não o pode analisar enquanto não estiver completo.
    .todo = Leia a lista do que falta e envie-o antes da data indicada. Guarde a prova do envio.

concept-piece-manquante = documento em falta
    .explain = Um documento pedido não foi enviado ou não foi aceite.
    .todo = Adicione o documento pedido na sua conta ou envie-o. Se não o conseguir obter, explique porquê por escrito.

concept-format-non-valide = formato inválido
    .explain = A informação ou o ficheiro não está escrito como o site espera. Por exemplo uma data, um endereço de e-mail ou um ficheiro do tipo errado.
    .todo = Veja o formato pedido, por baixo do campo ou no exemplo, e depois corrija. Para um ficheiro, guarde-o em PDF ou em JPG.

concept-fichier-trop-volumineux = ficheiro demasiado grande
    .explain = O seu ficheiro é mais pesado do que o tamanho aceite pelo site.
    .todo = Reduza o ficheiro: digitalize com qualidade mais baixa ou a preto e branco, ou use uma ferramenta de compressão. Depois adicione-o outra vez.

concept-champ-obligatoire-non-rempli = campo obrigatório não preenchido
    .explain = Deixou vazia uma caixa que tem de ser preenchida.
    .todo = Procure o campo marcado a vermelho, preencha-o e depois valide outra vez.

concept-identifiant-ou-mot-de-passe-incorrect = identificador ou palavra-passe incorretos
    .explain = O site não reconhece o seu identificador ou a sua palavra-passe. Basta uma letra ou uma maiúscula errada.
    .todo = Verifique as maiúsculas e o identificador, e depois tente outra vez. Depois de vários erros, use «Mot de passe oublié» (esqueci-me da palavra-passe) para evitar o bloqueio da conta.

concept-compte-bloque = conta bloqueada
    .explain = O site bloqueou a sua conta, muitas vezes depois de demasiados erros de palavra-passe.
    .todo = Espere o tempo indicado ou use «Mot de passe oublié» (esqueci-me da palavra-passe). Se não resultar, contacte a administração e guarde uma captura de ecrã.

concept-trop-de-tentatives = demasiadas tentativas
    .explain = Tentou demasiadas vezes em pouco tempo. O site bloqueia-o durante um momento.
    .todo = Espere, muitas vezes alguns minutos ou algumas horas, antes de tentar outra vez. Faça uma captura de ecrã se isso o impedir de tratar do seu processo.

concept-session-expiree = sessão expirada
    .explain = Ficou demasiado tempo sem fazer nada no site e ele terminou a sua sessão, para sua segurança. O que não tinha guardado pode ter-se perdido.
    .todo = Inicie sessão outra vez e recomece. Prepare os seus documentos antes, para ir mais depressa.

concept-lien-expire = ligação expirada
    .explain = A ligação recebida por e-mail já não funciona, muitas vezes porque é demasiado antiga ou já foi usada.
    .todo = Peça uma nova ligação no site e depois clique nela rapidamente.

concept-code-incorrect = código incorreto
    .explain = O código escrito não é o certo, ou já não é válido.
    .todo = Verifique os algarismos, ou peça um novo código e copie-o depressa.

concept-adresse-electronique-deja-utilisee = endereço de e-mail já utilizado
    .explain = Já existe uma conta com este endereço de e-mail, talvez criada por si ou por uma pessoa que o ajudou.
    .todo = Tente iniciar sessão ou clique em «Mot de passe oublié» (esqueci-me da palavra-passe). Se essa conta não for sua, contacte a administração.

concept-mot-de-passe-trop-faible = palavra-passe demasiado fraca
    .explain = A sua palavra-passe não segue as regras do site: comprimento, maiúscula, algarismo, carácter especial.
    .todo = Leia as regras por baixo do campo e escolha uma palavra-passe mais comprida, com todos os tipos de caracteres pedidos.

concept-mots-de-passe-differents = as palavras-passe não coincidem
    .explain = As duas palavras-passe escritas não são exatamente iguais.
    .todo = Escreva outra vez a mesma palavra-passe nos dois campos. O botão Afficher (mostrar) ajuda a verificar.

concept-demande-deja-en-cours = pedido já em curso
    .explain = O site vê que já existe um pedido do mesmo tipo em seu nome. Não pode fazer um segundo.
    .todo = Veja a sua conta para acompanhar o pedido que já existe. Se for um erro, escreva à administração com uma captura de ecrã.

concept-dossier-cloture = processo encerrado
    .explain = A administração fechou o seu processo. Pode ser um erro ou vir de um documento em falta.
    .todo = Guarde uma captura de ecrã e escreva depressa à administração para perguntar porquê. Se a resposta demorar, contacte uma associação, o Défenseur des droits ou um advogado.

concept-navigateur-non-compatible = navegador não compatível
    .explain = O site não funciona bem com o programa que usa para ir à internet.
    .todo = Atualize o seu navegador ou experimente outro, como Firefox ou Chrome.

concept-echec-du-paiement = falha no pagamento
    .explain = O dinheiro não pôde ser pago, por exemplo para um selo fiscal. O valor pode não ter sido debitado do seu cartão.
    .todo = Verifique a sua conta bancária antes de pagar outra vez. Guarde as capturas de ecrã e os e-mails de pagamento.

## Habitação (Logement)

concept-logement = habitação
    .explain = A habitação é o lugar onde mora. O portal pergunta se é inquilino, proprietário, alojado por outra pessoa ou sem habitação.

concept-locataire = inquilino
    .explain = O inquilino paga uma renda para morar numa habitação que pertence a outra pessoa ou a um organismo.

concept-bailleur = senhorio
    .explain = O senhorio é a pessoa ou o organismo que lhe arrenda a habitação. Um senhorio social (bailleur social) gere habitações sociais.

concept-proprietaire = proprietário
    .explain = O proprietário é a pessoa a quem uma coisa pertence, por exemplo uma habitação. Se for proprietário da sua habitação, ela é sua.

concept-loyer = renda
    .explain = A renda é o dinheiro pago todos os meses ao senhorio para morar na habitação.

concept-charges-locatives = despesas do arrendamento (charges locatives)
    .explain = Estas despesas pagam serviços do prédio, como a água ou a limpeza. Muitas vezes somam-se à renda.

concept-quittance-de-loyer = recibo de renda
    .explain = O recibo de renda é o papel do senhorio que prova que pagou a renda. Serve de comprovativo de morada.

concept-bail = contrato de arrendamento
    .explain = O contrato de arrendamento é o contrato entre o inquilino e o senhorio. Indica a renda, a duração e as regras.

concept-etat-des-lieux = auto de vistoria (entrada e saída)
    .explain = O auto de vistoria descreve o estado da habitação à entrada e à saída. Verifique-o bem antes de assinar.

concept-depot-de-garantie = caução
    .explain = É uma quantia paga ao senhorio quando entra na habitação. Ele devolve-a quando sai, menos as reparações justificadas.

concept-garant = fiador
    .explain = O fiador compromete-se a pagar a renda se não o puder fazer. Visale é uma garantia gratuita que pode substituir um fiador. Se a Visale pagar a sua renda, terá depois de a reembolsar.

concept-assurance-habitation = seguro de habitação
    .explain = O inquilino tem de pôr a habitação no seguro contra danos, como incêndio ou água. O senhorio pede o comprovativo todos os anos.

concept-logement-social = habitação social (HLM)
    .explain = Uma habitação social tem uma renda mais baixa, para as pessoas com rendimentos modestos. Uma comissão escolhe os inquilinos.

concept-demande-de-logement-social = pedido de habitação social
    .explain = Depois do seu pedido de habitação social, recebe um número único. Renove o pedido todos os anos, senão é anulado.
    .where = O número único está no comprovativo de registo do pedido.

concept-dalo = DALO (direito à habitação exigível)
    .explain = O DALO permite recorrer a uma comissão se espera por uma habitação social há demasiado tempo ou se está mal alojado. Se a comissão reconhecer o seu pedido como prioritário, o Estado tem de lhe propor uma habitação. Mesmo assim, pode demorar.

concept-expulsion = despejo
    .explain = O despejo obriga o inquilino a sair da habitação depois de uma decisão do juiz. Em geral, é proibido de 1 de novembro a 31 de março.
    .todo = Contacte depressa um assistente social, a ADIL (informação sobre habitação) ou uma associação. Responda a todas as cartas do juiz.

concept-hebergement-d-urgence = alojamento de emergência
    .explain = Se está na rua, ligue o 115, é gratuito, de dia e de noite. Procuram um lugar para dormir.

## Escolaridade (Scolarité)

concept-parcoursup = Parcoursup (candidatura ao ensino superior)
    .explain = Parcoursup é o site para pedir uma vaga no ensino superior depois do bac (fim do ensino secundário). Tem um calendário rigoroso.

concept-inscription-scolaire = matrícula escolar
    .explain = A escola é obrigatória para todas as crianças dos 3 aos 16 anos em França, mesmo sem documentos. Para a escola primária, a matrícula faz-se na câmara municipal.

concept-bourse = bolsa de estudo
    .explain = Uma bolsa é um apoio em dinheiro para os estudos, dado conforme os rendimentos da família.

concept-crous = Crous (serviços sociais para estudantes)
    .explain = O Crous ajuda os estudantes: bolsas, residências, cantinas universitárias.

concept-certificat-de-scolarite = certificado de matrícula
    .explain = Este documento prova que um aluno ou um estudante está inscrito na escola. A CAF ou a prefeitura podem pedi-lo.
    .where = Peça-o à secretaria da escola, ou descarregue-o na área online do estabelecimento.

concept-ine = INE (número nacional do aluno)
    .explain = O INE é o número pessoal de um aluno ou de um estudante, com 11 caracteres. O Parcoursup e a universidade pedem-no.
    .where = Nos boletins de notas ou na pauta de notas do bac.

concept-diplome = diploma
    .explain = O diploma prova que concluiu uns estudos. O formulário pode pedir o seu diploma mais alto.

concept-reconnaissance-de-diplome = reconhecimento de diploma
    .explain = Um diploma estrangeiro pode receber uma declaração que diz a que nível francês corresponde. Ajuda para o trabalho ou os estudos.

concept-cours-de-francais = aulas de francês
    .explain = As aulas de francês ajudam a aprender a língua. Com o contrato de integração republicana, o OFII pode pagá-las.

