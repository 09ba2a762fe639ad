/**
 * Words too common to say what a chat talked about, in English and French, lower-case, accents kept,
 * apostrophes straight (topicTokens() normalises ’ to '). Our own lists, written for short social posts:
 * function words, auxiliaries, chat filler ("thanks", "merci", "lol") and the chat's own markers.
 */

const ENGLISH = `
a about above across actually after afterwards again against ago ah all almost alone along already also
although always am among amongst an and another any anybody anyhow anymore anyone anything anyway anyways
anywhere are aren't around as ask asked asking at away back be became because become becomes becoming been
before beforehand behind being below beside besides best better between beyond both but by can can't cannot
could couldn't did didn't do does doesn't doing don't done down during each eg either else elsewhere enough
especially etc even ever every everybody everyone everything everywhere except far few first for former
formerly from further get gets getting give given go goes going gone gonna good got gotta great had hadn't
has hasn't have haven't having he he'd he'll he's hello hence her here here's hers herself hey hi him
himself his how how's however i i'd i'll i'm i've ie if in indeed instead into is isn't it it'd it'll it's
its itself just keep kind know last later least less let let's like likely lol lot lots made make makes
many may maybe me mean meanwhile might mine more moreover most mostly much must mustn't my myself need
needs neither never nevertheless new next nice no nobody none nor not nothing now nowhere of off often oh
ok okay old on once one ones only onto or other others otherwise ought our ours ourselves out over overall
own per perhaps please pretty quite rather re really right said same say says see seem seemed seems seen
several shall shan't she she'd she'll she's should shouldn't since so some somebody somehow someone
something sometime sometimes somewhere soon still such sure take than thank thanks thanx that that's the
their theirs them themselves then thence there there's thereafter thereby therefore therein these they
they'd they'll they're they've thing things think this those though through throughout thru thus thx to
today together too took toward towards truly try trying twice under unless until up upon us use used
using usually very via vs want wanna wants was wasn't way we we'd we'll we're we've well went were
weren't what what's whatever when when's whence whenever where where's whereas whereby wherever whether
which while who who's whoever whole whom whose why why's will with within without won't would wouldn't
yeah yes yet you you'd you'll you're you've your yours yourself yourselves yep yup
`;

const FRENCH = `
à afin ah ai aie aient aies ainsi ait alors as assez au aucun aucune aujourd aujourd'hui auquel aura aurai
auraient aurais aurait auras aurez auriez aurions aurons auront aussi autre autres aux auxquelles auxquels
avaient avais avait avant avec avez aviez avions avoir avons ayant ayez ayons bah bcp beaucoup bien bon
bonjour bonne bref ça car ce ceci cela celle celles celui cependant certain certaine certaines certains ces
cet cette ceux chaque chez ci comme comment contre dans davantage de dedans dehors déjà depuis des dès
desquelles desquels dessous dessus deux devant doit donc dont du duquel durant elle elles en encore entre
envers est est-ce et étaient étais était étant été êtes étiez étions être eu eue eues eûmes eurent eus
eusse eut eux fait faire faites fais fois font furent fus fut grâce hélas hors hui ici il ils jamais je
jusque jusqu là laquelle le lequel les lesquelles lesquels leur leurs lors lorsque lui ma mais malgré me
même mêmes merci mes mien mienne miens moi moins mon n'est ne ni non nos notre nôtre nous nul oh on ont
ou où ouais oui par parce parmi pas pendant peu peut peut-être peuvent peux plupart plus plusieurs plutôt
pour pourquoi pourra pourrait pouvait pouvez pouvons prêt puis puisque quand quant que quel quelle quelles
quelque quelques quels qui quoi rien sa salut sans sauf se selon sera serai seraient serait seras serez
serons seront ses si sien sienne siens soi soient sois soit sommes son sont sous soyez suis sur ta tandis
tant te tel telle telles tels tes toi ton tous tout toute toutes très trop tu un une unes uns va vais
vers via voici voilà vont vos votre vôtre vous vu y ya c'est qu'il qu'elle qu'on n'a n'ai j'ai d'un
d'une chose choses faut fallait vraiment juste toujours aussi après avant ensuite enfin déjà surtout
souvent parfois alors donc voilà super top cool mdr lol ptdr
`;

/** Tokens of the medium, not of the conversation: retweet marker, HTML entity names, URL pieces. */
const MEDIUM = `rt amp quot gt lt nbsp https http www com org net html t.co co via cc ht mt dm pm am`;

function wordsOf(list: string): string[] {
  return list.split(/\s+/u).filter((word) => word.length > 0);
}

export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(wordsOf(ENGLISH));
export const FRENCH_STOP_WORDS: ReadonlySet<string> = new Set(wordsOf(FRENCH));

const ALL: ReadonlySet<string> = new Set([...wordsOf(ENGLISH), ...wordsOf(FRENCH), ...wordsOf(MEDIUM)]);

/** The chat's own markers: Q1, A12, R3 (réponse). */
const MARKER_RE = /^[qar]\d+$/u;

/** Numbers, with the apostrophes and hyphens that can glue to them ("2024-25", "'90"). */
const NUMBER_RE = /^[\p{N}'-]*$/u;

/**
 * Whether a lower-case token says nothing about the topic: a stop word, a marker, a number, 1-2 characters,
 * or a hyphenated form made only of those (French inversions: "est-il", "a-t-on", "y-a-t-il").
 */
export function isStopToken(token: string): boolean {
  if (isPlainStop(token)) return true;
  return token.includes("-") && token.split("-").every(isPlainStop);
}

function isPlainStop(token: string): boolean {
  // Cheap tests first: this runs for every word of every post.
  if (token.length <= 2 || ALL.has(token)) return true;
  const first = token.charCodeAt(0);
  if ((first === 113 || first === 97 || first === 114) && MARKER_RE.test(token)) return true; // q, a, r
  // A number starts with a digit, an apostrophe, a hyphen or a non-ASCII digit: skip the regex for a-z.
  if (!(first >= 97 && first <= 122) && NUMBER_RE.test(token)) return true;
  // Two UTF-16 units can still be one or two characters; beyond four units there are at least three.
  return token.length <= 4 && [...token].length <= 2;
}
