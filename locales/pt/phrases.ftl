### Relais: mediator-mode phrase cards, Portuguese (European).
### Ready sentences the mediator shows full-screen or plays aloud in the person's language. Same ids as the French master (fr/phrases.ftl).
### Machine-drafted by an AI language model, November 2026, from the French master. Not reviewed by a native speaker.

# Usadas no início e no fim de cada sessão: acolhimento, acordo da pessoa, o que fazemos, privacidade, fim.
## Geral: acolhimento, acordo, explicação, privacidade, fim

phrase-general-hello = Olá. Estou aqui para ajudar no seu processo online.
phrase-general-together = Vamos fazer o processo juntos, neste computador.
phrase-general-your-choice = A decisão é sua. Não faço nada sem o seu acordo.
phrase-general-translation-tool = Este programa traduz as palavras do site para a sua língua. Pode cometer erros.
phrase-general-read-aloud = Vou ler a mensagem em voz alta.
phrase-general-understood = Percebeu? Posso repetir ou explicar de outra forma.
phrase-general-interpreter = Quer um intérprete, aqui ou por telefone?
phrase-general-nothing-sent = O Relais não envia as suas informações a ninguém. Só o site da administração recebe o que escreve.
phrase-general-keep-data = Quer guardar estas informações neste computador, protegidas por uma palavra-passe?
phrase-general-passphrase = Escolha uma frase secreta para proteger as suas informações. Não a diga a ninguém.
phrase-general-erased-at-end = No fim, as suas informações são apagadas deste computador, a não ser que escolha guardá-las.
phrase-general-log-out = Vou terminar a sessão da sua conta e depois fecho a página.
phrase-general-finished = Terminámos por hoje. Guarde bem todos os seus papéis.
phrase-general-come-back = Pode voltar a falar comigo se tiver uma pergunta ou uma carta nova.

# Usadas quando o site pede a identidade: documentos, nomes, data e local de nascimento, morada.
## Identidade: documentos, nomes, datas

phrase-identity-passport = Tem o seu passaporte ou o seu documento de identidade?
phrase-identity-show-papers = Pode mostrar-me todos os papéis que trouxe?
phrase-identity-name-as-passport = Escrevemos o seu nome exatamente como está no passaporte.
phrase-identity-other-spelling = O seu nome está escrito de outra forma noutros papéis?
phrase-identity-no-first-name = Se não tem nome próprio, diga-me. Alguns sites têm uma caixa para isso.
phrase-identity-birth-date = Qual é a sua data de nascimento? Em França, escreve-se o dia, depois o mês, depois o ano.
phrase-identity-birth-place = Qual é o seu local de nascimento? Diga-me a cidade e o país.
phrase-identity-birth-certificate = O site pede a sua certidão de nascimento. Tem-na, em original ou em cópia?
phrase-identity-not-recognised = O site não reconhece este documento. Não é culpa sua.
phrase-identity-photo-consent = Posso tirar uma fotografia deste documento para a enviar pelo site?
phrase-identity-mail-address = Tem uma morada onde receber as suas cartas? Pode ser uma associação.

# Usadas para a residência: autorização de residência, récépissé, número de estrangeiro, site ANEF, convocatória da prefeitura.
## Residência: autorização de residência, récépissé, número de estrangeiro, ANEF, convocatória

phrase-residence-permit-number = Tem o número da sua autorização de residência? Está no seu cartão ou no seu récépissé (recibo do pedido).
phrase-residence-foreign-number = O seu número de estrangeiro tem 10 algarismos. Está escrito na sua autorização de residência e no seu récépissé.
phrase-residence-anef-account = Já tem uma conta no site ANEF?
phrase-residence-anef-username = No ANEF, o seu identificador (identifiant) é muitas vezes o seu número de estrangeiro.
phrase-residence-end-date = Vamos ver juntos a data de fim da sua autorização de residência.
phrase-residence-renew-early = Tem de pedir a renovação antes da data de fim. Não espere pelo último momento.
phrase-residence-recepisse = Tem um récépissé (recibo do pedido)? É o papel que prova que o seu pedido está a ser tratado.
phrase-residence-proof-of-submission = Vamos transferir o comprovativo de entrega do pedido (attestation de dépôt). Prova que enviou o seu pedido.
phrase-residence-file-number = Vamos anotar o número do seu processo. Tem de o copiar em cada mensagem.
phrase-residence-automatic-reply = Esta mensagem é uma resposta automática. Ainda ninguém leu o seu pedido.
phrase-residence-convocation = Recebeu uma convocatória (convocation)? Mostre-me a carta ou a mensagem.
phrase-residence-convocation-bring = No dia da marcação, leve a convocatória e todos os papéis pedidos na carta.

# Usadas para as marcações online na prefeitura: sem vaga, novas tentativas, provas, juiz e référé (providência cautelar urgente).
## Marcações: prefeitura, sem vaga, provas, juiz

phrase-appointment-no-slot = O site diz que não há nenhuma marcação livre.
phrase-appointment-not-your-fault = Não é culpa sua. Muitas pessoas não conseguem ter uma marcação.
phrase-appointment-try-tomorrow = Vamos tentar outra vez amanhã de manhã.
phrase-appointment-screenshot-proof = Esta captura de ecrã prova que não havia marcações.
phrase-appointment-journal = O Relais regista cada tentativa no seu diário, com a data e a hora.
phrase-appointment-try-often = Para ter provas, é preciso tentar muitas vezes, durante várias semanas.
phrase-appointment-without-me = Se tentar sem mim, faça uma captura de ecrã de cada vez.
phrase-appointment-judge = Com estas provas, um advogado pode pedir ao juiz que obrigue a prefeitura a dar-lhe uma marcação.
phrase-appointment-legal-aid = Se tiver poucos rendimentos, o apoio judiciário (aide juridictionnelle) pode pagar o advogado.
phrase-appointment-export-consent = Quer que eu prepare o processo de provas para o seu advogado?
phrase-appointment-got-slot = Tem uma marcação. Vamos anotar a data, a hora e a morada.
phrase-appointment-confirmation = Guarde o e-mail de confirmação. Talvez tenha de o mostrar à entrada.

# Usadas para a CAF: número de beneficiário, declaração trimestral de rendimentos, pagamentos, dados bancários.
## Apoios: CAF, declaração trimestral, banco

phrase-benefits-claimant-number = Tem o seu número de beneficiário (numéro allocataire)? Está no cimo das cartas da CAF.
phrase-benefits-quarterly = De 3 em 3 meses, tem de declarar os seus rendimentos à CAF.
phrase-benefits-payments-stop = Sem esta declaração, a CAF deixa de pagar.
phrase-benefits-income-per-month = Quanto dinheiro recebeu em cada mês, nos últimos 3 meses?
phrase-benefits-payslips = Tem os seus recibos de vencimento ou os extratos bancários destes 3 meses?
phrase-benefits-rib = Tem um RIB? É o papel do banco com os números da sua conta.
phrase-benefits-rib-name = A conta bancária tem de estar em seu nome.
phrase-benefits-check-payments = Vamos ver os seus pagamentos na sua área pessoal da CAF.
phrase-benefits-caf-message = A CAF escreveu-lhe. Vou ler a mensagem consigo.
phrase-benefits-caf-appointment = Podemos pedir uma marcação com um conselheiro da CAF.

# Usadas para a saúde: conta Ameli, cartão Vitale, número da segurança social, ajuda médica do Estado (AME).
## Saúde: Ameli, cartão Vitale, AME

phrase-health-carte-vitale = Tem um cartão Vitale (cartão de saúde)?
phrase-health-social-security-number = O seu número da segurança social está no seu cartão Vitale e na sua declaração de direitos (attestation de droits).
phrase-health-ameli-account = Tem uma conta no site Ameli?
phrase-health-download-attestation = Podemos transferir a sua declaração de direitos no Ameli.
phrase-health-doctor = Tem um médico assistente (médecin traitant)?
phrase-health-ame-what = A AME paga os cuidados de saúde das pessoas sem autorização de residência que estão em França há mais de 3 meses.
phrase-health-ame-proof-3-months = Tem uma prova de que está em França há mais de 3 meses?
phrase-health-ame-in-person = O primeiro pedido de AME entrega-se pessoalmente, no atendimento da CPAM.
phrase-health-ame-renew = A AME dura 1 ano. Tem de a pedir outra vez todos os anos.

# Usadas para as contas online: endereço de e-mail, palavra-passe, códigos recebidos por SMS, FranceConnect.
## Conta: e-mail, palavra-passe, códigos SMS, FranceConnect

phrase-account-email = Tem um endereço de e-mail?
phrase-account-open-mailbox = Pode abrir a sua caixa de e-mail no telemóvel?
phrase-account-create-email = Quer que criemos juntos um endereço de e-mail? Demora um pouco.
phrase-account-spam-folder = A mensagem não chega? Vamos ver na pasta «lixo eletrónico» ou «spam».
phrase-account-activation-link = O site enviou-lhe uma ligação por e-mail. Toque nela para ativar a sua conta.
phrase-account-password-yourself = Escreva a sua palavra-passe pessoalmente. Eu não olho.
phrase-account-password-forgotten = Se se esqueceu da palavra-passe, podemos escolher uma nova.
phrase-account-password-note = Escreva a sua palavra-passe num papel e guarde-o num lugar seguro.
phrase-account-phone-number = Este número de telefone é seu? O site vai enviar códigos para ele.
phrase-account-sms-code = Recebeu um código por SMS. Pode lê-lo para mim?
phrase-account-code-quick = Este código só funciona durante alguns minutos. Vamos escrevê-lo já.
phrase-account-code-never-give = Nunca dê este código a alguém que lhe telefone.
phrase-account-franceconnect = Com o FranceConnect, entra com uma conta que já tem, por exemplo Ameli ou impots.gouv.

# Usadas quando o site mostra uma verificação «Não sou um robô» (CAPTCHA). O Relais nunca a resolve.
## Verificação anti-robô (CAPTCHA)

phrase-captcha-what = O site está a verificar que é uma pessoa e não um robô.
phrase-captcha-not-for-you = O Relais nunca responde a esta verificação por si. Eu explico-lhe como fazer.
phrase-captcha-audio = Há uma versão áudio. Vai ouvir letras ou números.
phrase-captcha-write-what-you-hear = Ouça com atenção e depois escreva o que ouvir.
phrase-captcha-listen-again = Pode ouvir outra vez ou pedir uma imagem nova.
phrase-captcha-keyboard = Com a tecla Tab do teclado, pode ir até ao botão de áudio.
phrase-captcha-not-your-fault = Não é culpa sua. Esta verificação é difícil para muitas pessoas.
phrase-captcha-failure-recorded = Cada falha fica registada no seu diário, como prova.
phrase-captcha-other-way = Se continuar a não funcionar, pode pedir à administração outra forma de fazer, sem ser online.
