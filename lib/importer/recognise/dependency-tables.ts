// A table whose rows are named as dependencies ("Dependency | Team | Status", "Abhängigkeit | Team |
// Stand", "Bağımlılık | Ekip | Durum", "依赖 | 团队 | 状态") lists what the plan waits on from other
// teams or vendors: reference, like a risk register, not the plan's own work (README: only things
// someone here is asked to do are items). A table of package dependencies to upgrade says so with
// version columns ("Dependency | Current | Target"), and those rows are work.

/** A title header that names dependencies, in the languages of the vocabulary. */
const DEPENDENCY =
  /^(?:dependenc(?:y|ies)|depends on|abhängigkeit(?:en)?|dépendances?|dependencias?|dipendenz[ae]|dependências?|afhankelijkheid|afhankelijkheden|beroenden?|beroende|zależnoś(?:ć|ci)|зависимост(?:ь|и)|залежност(?:і|ь)|bağımlılık(?:lar)?|依赖(?:项)?|依賴|依存(?:関係)?|의존성|선행 조건)$/u;
/** Headers of a version upgrade: the row is a package to move from one version to another. */
const VERSION =
  /version|versión|versione|versie|versão|sürüm|wersja|верси|バージョン|版本|버전|^(?:current|target|from|to|installed|latest|wanted|aktuell|ziel|von|nach|actuelle|cible|actual|objetivo|mevcut|hedef)$/u;

/** The title header names dependencies and no column gives versions: the rows are not work. */
export function namesDependencies(titleHeader: string, headers: string[]): boolean {
  return DEPENDENCY.test(titleHeader) && !headers.some((h) => VERSION.test(h));
}
