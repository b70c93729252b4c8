// A team's page on the wiki ("About the platform team", "플랫폼팀 소개", "Team Atlas"): who the team
// is, what it owns, how it works and how to reach it. Its lists say what the team is responsible for
// ("- Run the deploy pipeline", "- 공용 쿠버네티스 클러스터 3개 관리") and who is in it — ongoing
// duties and a roster, not work anyone is asked to do (issue 18: prose documents give no items).
// A careful reader knows the page by its sections: two of a team page's own sections at least
// (what we do, how we work, how to reach us, who we are), each named whole. Like a README's, only a
// section named as work ("Roadmap", "Next steps") still holds the team's work (prose-documents.ts).

const SECTIONS = [
  // what the team does or owns
  "what we do", "what we own", "what we are responsible for", "what we're responsible for", "our responsibilities", "responsibilities", "areas of ownership", "what we work on",
  "was wir tun", "was wir machen", "unsere zuständigkeiten", "zuständigkeiten", "verantwortlichkeiten", "ce que nous faisons", "ce que l'on fait", "nos missions", "nos responsabilités",
  "qué hacemos", "que hacemos", "lo que hacemos", "nuestras responsabilidades", "o que fazemos", "nossas responsabilidades", "cosa facciamo", "di cosa ci occupiamo", "wat we doen", "wat wij doen",
  "vad vi gör", "hvad vi laver", "hva vi gjør", "czym się zajmujemy", "co robimy", "čím se zabýváme", "чем мы занимаемся", "что мы делаем", "зоны ответственности", "чим ми займаємося", "neler yapıyoruz",
  "私たちの仕事", "担当領域", "業務内容", "チームの役割", "我们做什么", "我们的职责", "团队职责", "工作职责", "我們做什麼", "團隊職責", "저희가 하는 일", "우리가 하는 일", "하는 일", "담당 업무", "주요 업무", "팀의 역할",
  // how the team works
  "how we work", "working with us", "how to work with us", "wie wir arbeiten", "comment nous travaillons", "cómo trabajamos", "como trabalhamos", "come lavoriamo", "hoe wij werken", "hoe we werken",
  "så arbetar vi", "jak pracujemy", "как мы работаем", "як ми працюємо", "nasıl çalışıyoruz", "働き方", "仕事の進め方", "工作方式", "我们如何工作", "일하는 방식", "우리가 일하는 방식",
  // how to reach it
  "contact", "contact us", "how to reach us", "reaching us", "get in touch", "say hello", "kontakt", "kontaktiere uns", "nous contacter", "contacto", "contáctanos", "contato", "fale conosco", "contatti", "contattaci",
  "contact opnemen", "kontakta oss", "kontakt z nami", "контакты", "как с нами связаться", "як з нами зв'язатися", "iletişim", "連絡先", "お問い合わせ", "联系方式", "联系我们", "聯絡方式", "연락 방법", "연락처", "문의", "문의 방법",
  // who is in it
  "members", "team members", "the team", "our team", "who we are", "meet the team", "mitglieder", "teammitglieder", "wer wir sind", "unser team", "membres", "l'équipe", "notre équipe", "qui sommes-nous", "qui nous sommes",
  "miembros", "nuestro equipo", "quiénes somos", "membros", "nossa equipe", "quem somos", "membri", "il team", "chi siamo", "teamleden", "wie zijn wij", "wie we zijn", "medlemmar", "vilka vi är", "członkowie zespołu", "kim jesteśmy",
  "участники", "состав команды", "кто мы", "склад команди", "хто ми", "ekip", "ekibimiz", "biz kimiz", "メンバー", "チームメンバー", "私たちについて", "团队成员", "成员", "我们是谁", "團隊成員", "팀원", "구성원", "멤버", "팀 구성",
];

const NAMES = new Set(SECTIONS);
/** Two of the page's own sections at least: one alone ("## Contact" in a plan) says nothing of the page. */
const LEAST = 2;

const norm = (heading: string) =>
  heading
    .replace(/[*_`]/g, "")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
    .replace(/^\d+(?:\.\d+)*[.)]?\s+/, "")
    .replace(/[’]/g, "'")
    .replace(/\s+/g, " ")
    .toLowerCase();

/** Whether the headings are a team page's (see above). */
export function isTeamPage(headings: readonly string[]): boolean {
  // A section name is a few words: a longer heading is none of them (and is not normalised, which costs a pass over it).
  return new Set(headings.filter((h) => h.length <= 80).map(norm).filter((h) => NAMES.has(h))).size >= LEAST;
}
