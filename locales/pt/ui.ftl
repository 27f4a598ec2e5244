### Textos da interface do Relais, português europeu. Os identificadores começam pela parte da interface que os mostra.

## Janela da extensão (popup)
popup-title = Relais
popup-language = A sua língua
popup-site-on = Mostrar as traduções neste site
popup-site-unsupported = O Relais funciona nos sites dos serviços públicos franceses. Esta página não é um deles.
popup-site-add = Usar também o Relais neste site
popup-unreviewed = Esta tradução foi feita por uma máquina e ainda não foi verificada por um falante nativo. Se alguma coisa não estiver clara, pergunte a um mediador.
popup-reviewed = Esta tradução foi verificada por um falante nativo.
popup-produced = Como esta tradução foi feita: { $produced }
popup-error = O Relais não conseguiu arrancar: { $detail }

## Nas páginas dos portais (overlay)
overlay-explain = Explicar
overlay-unreviewed = Tradução ainda não verificada por um falante nativo.
overlay-fallback = Ainda não traduzido para a sua língua: mostrado noutra língua.
overlay-read-aloud = Ler em voz alta
overlay-no-voice = Este computador não tem voz para a sua língua. Pode ouvir em francês.
overlay-hard = Texto em francês difícil: leia devagar ou peça ajuda a um mediador.
overlay-close = Fechar
overlay-read-french = Ler em francês
# Machine-drafted (AI language model, December 2026), not reviewed: the next four messages.
overlay-key-words = Palavras-chave:
overlay-translation-unreviewed = tradução ainda não revista
overlay-translation-by-portal = tradução do próprio site
overlay-source = Fonte: { $name }, verificado em { $date }

## Erros (cada um corresponde a um erro do núcleo Rust)
error-protocol = O Relais recebeu uma mensagem que não compreende. ({ $detail })
error-unknown-language = O Relais ainda não tem esta língua.
error-locale = Um ficheiro de língua do Relais está danificado. Escolha outra língua ou volte a instalar o Relais. ({ $detail })
error-not-loaded = A língua ainda está a carregar. Tente novamente daqui a um momento.

## Ajuda para os CAPTCHA (o Relais nunca resolve um CAPTCHA: explica-o)
captcha-title = Verificação de segurança: «Je ne suis pas un robot» (Não sou um robô)
captcha-what = O site pede-lhe que prove que é uma pessoa e não um programa de computador. O Relais não responde por si: explica-lhe como passar esta verificação.
captcha-steps-captchetat = Escreva no campo as letras e os números da imagem, exatamente como os vê, sem espaços.
captcha-audio-captchetat = Para ouvir o código, use o botão do altifalante: «Énoncer le code» (Dizer o código). Pode ouvi-lo as vezes que precisar. O botão com setas mostra uma imagem nova.
captcha-steps-recaptcha-v2 = Assinale a caixa «Je ne suis pas un robot» (Não sou um robô). Se aparecerem imagens, escolha as que lhe pedem e carregue em «Valider» (Validar).
captcha-audio-recaptcha-v2 = Se não vir bem as imagens, carregue no botão dos auscultadores na janela das imagens: vai ouvir palavras para escrever. Pode ouvi-las outra vez.
captcha-steps-recaptcha-invisible = Não precisa de fazer nada: esta verificação faz-se sozinha. Se a página disser que parece um robô, espere um pouco e tente novamente.
captcha-steps-hcaptcha = Assinale a caixa «Je suis un humain» (Sou um humano). Se aparecerem imagens, escolha as que lhe pedem.
captcha-audio-hcaptcha = O hCaptcha tem uma opção de acessibilidade: na janela das imagens, abra o menu para pedir uma pergunta em texto, ou registe-se uma vez para obter o cookie de acessibilidade do hCaptcha.
captcha-steps-turnstile = Normalmente não precisa de fazer nada. Se aparecer uma caixa, assinale-a e espere alguns segundos.
captcha-steps-friendly-captcha = A verificação faz-se sozinha. Espere até aparecer que a verificação terminou; se lhe pedir, carregue no botão.
captcha-steps-image = Copie os caracteres da imagem para o campo ao lado.
captcha-audio-image = Se houver um botão para ouvir ou para ter uma imagem nova, pode usá-lo as vezes que precisar.
captcha-steps-question = Responda à pergunta no campo. É uma pergunta simples, por exemplo uma soma.
captcha-fails = Se continuar a falhar, peça ajuda a um mediador. O Relais regista cada falha no seu diário, como prova. Tem o direito de pedir à administração outra forma de fazer este procedimento, sem ser pela internet.
captcha-go-audio = Ir para a versão áudio
captcha-go-widget = Ir para a verificação
captcha-blocked = Esta verificação de segurança falhou { $count ->
        [0] { $count } vezes
        [one] { $count } vez
       *[other] { $count } vezes
    }. O Relais registou-o.

## Diário de provas
popup-journal = Abrir o meu diário
popup-report = Isto está a bloquear-me: registar esta página
popup-report-note = O que aconteceu? (opcional)
popup-recorded = Registado no seu diário.
journal-title = O meu diário de provas
journal-intro = Cada falha encontrada num portal, registada pelo Relais automaticamente. Cada registo está ligado ao anterior, por isso ninguém o pode alterar sem que se note.
journal-empty = Ainda não há nada registado.
journal-per-day = Tentativas por dia
journal-attempts = Tentativas: { $count }
journal-delete = Apagar esta entrada
journal-delete-confirm = Apagar esta entrada? Fica no diário como eliminação, com o seu motivo.
journal-export = Exportar o pacote (ZIP) para um advogado
journal-print = Imprimir o dossiê (PDF)
journal-import = Importar um pacote de outro computador
journal-import-ok = Pacote verificado e importado: { $count ->
        [0] { $count } registos
        [one] { $count } registo
       *[other] { $count } registos
    }.
journal-import-refused = Pacote recusado, o seu diário não mudou: { $detail }
journal-error = Não foi possível ler o diário: { $detail }
journal-storage-full = Registado no seu diário, mas sem a captura de ecrã: o espaço de armazenamento deste navegador está cheio. Exporte o seu diário e depois liberte algum espaço.
journal-not-recorded = O Relais não conseguiu registar esta falha no seu diário. Faça uma captura de ecrã por sua conta.

## Modo mediador: a barra na página do portal, a página do mediador, a janela da extensão
popup-mediator-start = Começar uma sessão de mediação
popup-mediator-on = Está a decorrer uma sessão de mediação.
popup-mediator-open = Frases, notas, fim da sessão
mediator-bar = Relais, modo mediador
mediator-language = Língua da pessoa:
mediator-read-field = Ler este campo em voz alta
mediator-no-field = Primeiro clique num campo do formulário, ou vá até ele com a tecla Tab.
mediator-smaller = Texto mais pequeno
mediator-larger = Texto maior
mediator-phrases = Frases
mediator-notes = Notas
mediator-end = Terminar a sessão
mediator-title = Sessão de mediação
mediator-intro = Para um mediador e a pessoa ao seu lado, diante do mesmo ecrã. As notas e as frases secretas escrevem-se só nesta página, nunca no site.
mediator-session-title = Sessão
mediator-session-on = Está a decorrer uma sessão. Início: { $started }.
mediator-no-session = Não há nenhuma sessão a decorrer. Escolha a língua da pessoa e depois comece uma sessão.
mediator-choose-language = Língua da pessoa
mediator-start = Começar uma sessão
mediator-started = Sessão começada. O site mostra agora o francês e a língua da pessoa, lado a lado.
mediator-phrases-title = Cartões de frases
mediator-unreviewed = Tradução ainda não verificada por um falante nativo.
mediator-card-read = Ler em voz alta
mediator-card-close = Fechar
mediator-notes-title = Notas da sessão
mediator-notes-help = Guardadas só durante esta sessão, a não ser que a pessoa escolha guardá-las com o seu diário.
mediator-notes-saved = Notas guardadas para esta sessão.
mediator-end-title = Terminar a sessão
mediator-end-help = Tudo o que é desta sessão é apagado deste computador: língua, notas, diário, capturas. A pessoa pode guardar o seu diário num perfil protegido por uma frase secreta.
mediator-keep-legend = O que guardar?
mediator-keep-none = Não guardar nada
mediator-keep-profile = Guardar o diário num perfil protegido por uma frase secreta
mediator-profile-name = Nome do perfil (bastam as iniciais ou uma alcunha)
mediator-passphrase = Frase secreta (pelo menos 8 caracteres)
mediator-passphrase-again = Frase secreta, outra vez
mediator-keep-notes = Guardar as notas com o diário
mediator-end-button = Terminar a sessão agora
mediator-ended = Sessão terminada. Não fica nada dela neste computador.
mediator-ended-kept = Sessão terminada. O diário fica guardado no perfil protegido «{ $profile }»; não fica mais nada neste computador.
mediator-profile-name-needed = Dê um nome ao perfil.
mediator-passphrase-short = A frase secreta precisa de ter pelo menos 8 caracteres.
mediator-passphrase-mismatch = As duas frases secretas são diferentes.
mediator-wrong-passphrase = Esta frase secreta não abre este perfil. Nada foi alterado.
mediator-profiles-title = Perfis guardados neste computador
mediator-profiles-empty = Não há nenhum perfil guardado neste computador.
mediator-profile-dates = Criado: { $created }. Guardado pela última vez: { $updated }.
mediator-profile-open = Abrir e começar uma sessão
mediator-profile-opened = Perfil «{ $profile }» aberto: está a decorrer uma sessão com o seu diário.
mediator-profile-export = Exportar o diário (ZIP)
mediator-profile-delete = Apagar
mediator-profile-delete-confirm = Apagar este perfil e o seu diário deste computador? Não é possível desfazer.
mediator-profile-deleted = Perfil «{ $profile }» apagado.

## Página do diário: agrupamento e notas
journal-notes = Notas
journal-note-add = Acrescentar uma nota
journal-note-label = A sua nota (é acrescentada à cadeia com a hora e depois não pode ser alterada)
journal-note-save = Guardar a nota
journal-note-journal = Nota sobre todo o diário
journal-note-saved = Nota guardada no diário.
journal-research = Partilhar números anónimos para a investigação

## Exportação para a investigação
research-title = Partilhar números anónimos para a investigação
research-intro = Investigadores e associações contam as falhas que as pessoas encontram nos sites dos serviços públicos franceses, para mostrar onde esses sites bloqueiam as pessoas. Pode dar-lhes números do seu diário. O Relais não envia nada sozinho: descarrega um ficheiro e escolhe a quem o dá.
research-shared-title = O que o ficheiro contém
research-shared = Uma linha por falha e por hora: o portal, o processo administrativo, o tipo de falha, a mensagem do portal com os dados pessoais substituídos (por exemplo [PHONE] em vez de um número de telefone), a hora arredondada para baixo e em tempo universal (UTC), o dia da semana, o número de tentativas, a família do seu navegador, a versão do Relais, um identificador de contribuidor e um identificador de ficheiro, novo para cada ficheiro.
research-never-title = O que nunca lá está
research-never = Nenhuma captura de ecrã, nenhum endereço de página, nenhum título de página, nenhuma nota, nenhuma hora ao minuto, nada do que escreveu. As entradas que apagou do seu diário ficam de fora. Quando carregou em «Isto está a bloquear-me», o que escreveu não é partilhado: essas linhas têm uma mensagem vazia.
research-contributor = Identificador de contribuidor: { $id }
research-contributor-help = Um número tirado à sorte pelo Relais neste computador. Permite aos investigadores contar quantas pessoas diferentes enviaram números, sem saber quem são. É o mesmo em todos os seus ficheiros; pode tirar um novo a qualquer momento.
research-contributor-new = Tirar um novo identificador de contribuidor
research-contributor-changed = Foi tirado um novo identificador de contribuidor. As linhas abaixo têm este novo identificador.
research-departement-label = O seu departamento (opcional)
research-departement-none = Não partilhado
research-departement-consent = Se escolher um departamento, aceita que ele seja acrescentado a cada linha do ficheiro. Deixe «Não partilhado» para não o dar.
research-table-caption = Linhas do ficheiro: { $count }. Desmarque uma linha para a deixar de fora.
research-col-include = Incluir
research-col-portal = Portal
research-col-procedure = Processo administrativo
research-col-kind = Falha
research-col-message = Mensagem do portal (sem dados pessoais)
research-col-hour = Hora (UTC)
research-col-weekday = Dia
research-col-attempts = Tentativas
research-include-label = Incluir a linha { $n }: { $portal }, { $kind }, { $hour }
research-every-line = Cada linha tem também: identificador de contribuidor { $id }, navegador { $browser }, Relais { $version }, versão do formato { $schema }, departamento: { $departement }.
research-departement-not-shared = não partilhado
research-download-jsonl = Descarregar o ficheiro (JSON Lines)
research-download-csv = Descarregar o ficheiro (CSV, para uma folha de cálculo)
research-downloaded = Ficheiro pronto: { $file }, { $count ->
        [0] { $count } linhas
        [one] { $count } linha
       *[other] { $count } linhas
    }.
research-nothing-selected = Nenhuma linha está assinalada: não há nada para descarregar.
research-empty = O seu diário ainda não tem nenhuma falha para partilhar.
research-left-out = Algumas entradas do seu diário não puderam ser transformadas em linhas e ficam de fora: { $count }.
research-error = Não foi possível criar o ficheiro para a investigação: { $detail }
research-kind-no-slot = Nenhuma marcação disponível
research-kind-http-error = Erro do site
research-kind-network-error = O site não responde
research-kind-technical-error = Erro técnico
research-kind-service-unavailable = Serviço indisponível
research-kind-session-expired = Sessão expirada
research-kind-file-refused = Documento recusado
research-kind-account-locked = Conta bloqueada
research-kind-wrong-credentials = Identificador ou palavra-passe incorretos
research-kind-captcha-blocked = Verificação de segurança (CAPTCHA)
research-kind-form-error = Formulário recusado
research-kind-user-reported = Assinalado por si
research-kind-other = Outro
journal-tsa-title = Hora de confiança (opcional)
journal-tsa-help = Uma autoridade de carimbo temporal (RFC 3161) pode assinar a impressão digital do último registo do seu diário: isso prova que o diário existia nessa hora. O Relais só lhe envia essa impressão digital, nada dos seus registos. O melhor é usar duas autoridades independentes.
journal-tsa-urls = Endereços das autoridades de carimbo temporal, um por linha
journal-tsa-button = Pôr agora um carimbo temporal no meu diário
journal-tsa-ok = Carimbo temporal posto por { $tsa }.
journal-tsa-failed = Não foi possível pôr o carimbo temporal ({ $tsa }): { $detail }
journal-tsa-denied = O Relais precisa da sua autorização para contactar estes endereços. Nada foi enviado.

## Untranslated strings page
untranslated-title = Textos sem tradução
untranslated-intro = Os textos dos portais que este computador encontrou sem tradução completa, contados sem dados pessoais: números, datas e endereços são substituídos por variáveis. Nada sai do computador: pode exportar a lista para tradutores.
untranslated-lang-label = Língua da tradução
untranslated-col-french = Texto em francês
untranslated-col-portal = Portal
untranslated-col-kind = Tipo
untranslated-col-count = Vezes
untranslated-col-last = Última vez
untranslated-export = Exportar para tradutores (ficheiro PO)
untranslated-clear = Apagar a lista
untranslated-clear-confirm = Apagar todos os textos contados neste computador?
untranslated-cleared = Lista apagada.
untranslated-empty = Nenhum texto sem tradução para esta língua.
untranslated-count =
    { $count ->
        [one] Um texto sem tradução.
       *[other] { $count } textos sem tradução.
    }
untranslated-exported = Ficheiro pronto: { $file }, { $count ->
        [one] um texto
       *[other] { $count } textos
    }.
popup-untranslated = Textos sem tradução
