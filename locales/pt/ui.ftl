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
overlay-read-french = Ler em francês

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
captcha-blocked = Tentativas falhadas desta verificação de segurança: { $count }. O Relais registou-as.

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
journal-import-ok = Pacote verificado e importado. Registos: { $count }.
journal-import-refused = Pacote recusado, o seu diário não mudou: { $detail }
journal-error = Não foi possível ler o diário: { $detail }
