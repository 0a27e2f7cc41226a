import { seededRandom, type Random } from "./random.ts";

/**
 * The raw material of synthetic reports: a news vocabulary with a long tail
 * of rare words, people whose names are spelt several ways (as
 * transliterated names are across outlets), places, organisations, and a
 * pool of quotes that recur from report to report.
 */
export interface Person {
  /** The spelling an entity list would use. */
  name: string;
  /** Other spellings and the short form reports use on second mention. */
  spellings: string[];
  role: string;
}

export interface Quote {
  speaker: Person;
  text: string;
}

export interface Corpus {
  people: Person[];
  places: string[];
  organisations: string[];
  quotes: Quote[];
  /** Everyday news words, most used first. */
  common: string[];
  /** Rare words: names of things, technical terms, the long tail an index must hold. */
  rare: string[];
}

const COMMON = `government officials security forces attack drone residence minister prime election
results parliament alliance groups militia statement condemned investigation military spokesman capital
city province police protesters clashes wounded killed injured explosives strike strikes rocket rockets
embassy district fortified zone morning night overnight hours days week weeks month year vote votes seats
party parties coalition leader leaders cleric commander commanders president council committee ministry
interior defence foreign affairs intelligence service officers guards detail compound building vehicle
cars street streets checkpoint border region country state nation people residents witnesses footage
video photographs images social media reports report news agency television broadcast address speech
calm restraint dialogue tension tensions escalation violence threat threats pressure demands talks
negotiations agreement deal crisis conflict war peace stability chaos sovereignty independence support
assistance cooperation condemnation responsibility claim claims accusation accusations evidence inquiry
court judges law order rule power influence control campaign movement supporters opponents rivals
critics analysts observers diplomats envoy mission delegation visit meeting meetings session discussion
decision decisions plan plans policy reform reforms economy oil budget salaries jobs services electricity
water health schools hospitals roads reconstruction aid funds donors international regional neighbouring
western eastern northern southern central local national federal official unofficial senior junior
former current new old first second third last several many few dozens hundreds thousands`
  .split(/\s+/)
  .filter(Boolean);

const VERBS = `said says told added warned stressed called urged accused denied confirmed announced reported
described condemned welcomed rejected blamed promised vowed pledged insisted noted argued suggested
acknowledged revealed claimed questioned demanded appealed responded declined refused`
  .split(/\s+/)
  .filter(Boolean);

const FIRST = `Mustafa Ali Hassan Hussein Ahmed Mohammed Haider Hadi Qais Nouri Ammar Moqtada Falih Abu Fuad
Barham Jeanine Ranj Hisham Saad Kadhim Jaafar Adel Ayad Khamis Osama Salim Sabah Bassam Yasser Layla
Zainab Noor Sara Huda Rana Dunya Maryam Hamid Karim Tariq Walid Nabil Samir Majid Raed Ihsan Laith Omar
Yusuf Ibrahim Ismail Saleh Mahmoud Jalal Kamal Nasser Ziad Firas Ghassan Hazem Muntadhar`
  .split(/\s+/)
  .filter(Boolean);

const LAST =
  `Kadhimi Sadr Amiri Maliki Salih Halbousi Khazali Fayyadh Abadi Hakim Hashimi Alaaldin Plasschaert
Zaidan Jubouri Mutlaq Allawi Barzani Talabani Muhandis Hamdani Obeidi Dulaimi Tamimi Saadi Rubaie
Husseini Musawi Jaafari Shammari Janabi Khafaji Bayati Kubaisi Zubaidi Assadi Karbalai Basri Mosuli
Najafi Nuaimi Qaisi Samarrai Tikriti Anbari Fahdawi Issawi Hilali Kinani Lami Maliki Mayahi Rikabi
Saedi Shibli Suhail Tai Waeli Yasiri Zamili Azzawi Dabbagh Haddad Hamadani Jabouri`
    .split(/\s+/)
    .filter(Boolean);

const ROLES = `prime minister|president|parliament speaker|militia leader|cleric|lawmaker|spokesman for the
military|interior minister|defence minister|analyst|researcher|UN envoy|party leader|commander|governor|
foreign minister|security adviser|judge|activist|journalist`
  .split("|")
  .map((role) => role.replace(/\s+/g, " ").trim());

const PLACES = `Baghdad|Basra|Mosul|Erbil|Najaf|Karbala|Kirkuk|Sulaymaniyah|Fallujah|Ramadi|Tikrit|Samarra|
Diyala|Babylon|Dhi Qar|Maysan|Anbar|Nineveh|the Green Zone|Tahrir Square|Jadriya|Karrada|Sadr City|
Tehran|Washington|Riyadh|Amman|Ankara|Damascus|Beirut|Kuwait City|Doha`
  .split("|")
  .map((place) => place.trim());

const ORGANISATIONS = `the Popular Mobilization Forces|Kataib Hezbollah|Asaib Ahl al-Haq|the Fatah alliance|
the Sadrist movement|the Independent High Electoral Commission|the Federal Supreme Court|the United Nations|
the UN Assistance Mission for Iraq|the State Coalition|the Kurdistan Democratic Party|the Interior Ministry|
the Joint Operations Command|the Counter-Terrorism Service|the Arab League|the European Union|
the U.S. Embassy|the Security Media Cell|the Coordination Framework|the Taqadum party`
  .split("|")
  .map((organisation) => organisation.replace(/\s+/g, " ").trim());

/** Transliteration pairs: each can turn one spelling of a name into another. */
const RESPELLINGS: [RegExp, string][] = [
  [/dh/g, "z"],
  [/ou/g, "u"],
  [/ai/g, "ay"],
  [/q/g, "k"],
  [/ee/g, "i"],
  [/i$/g, "y"],
  [/u/g, "o"],
];

/**
 * The ways outlets spell one name besides `First al-Last`: with a capital
 * or no article, respelt, and the bare surname of a second mention.
 */
export function spellingsOf(first: string, last: string, random: Random): string[] {
  const variants = [`${first} Al-${last}`, `${first} ${last}`];
  for (const [pattern, replacement] of RESPELLINGS) {
    const respelt = last.toLowerCase().replace(pattern, replacement);
    if (respelt !== last.toLowerCase()) {
      variants.push(`${first} al-${respelt.charAt(0).toUpperCase()}${respelt.slice(1)}`);
    }
  }
  const chosen = new Set<string>();
  for (let i = random.int(1, 3); i > 0; i--) chosen.add(random.pick(variants));
  chosen.add(last);
  return [...chosen];
}

function syllableWords(random: Random, count: number): string[] {
  const onsets = [
    "b",
    "d",
    "f",
    "g",
    "h",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "z",
    "sh",
    "tr",
    "st",
  ];
  const vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ea"];
  const codas = ["", "", "n", "r", "s", "l", "m", "ck", "nt", "st"];
  const words = new Set<string>();
  while (words.size < count) {
    let word = "";
    for (let i = random.int(2, 4); i > 0; i--) word += random.pick(onsets) + random.pick(vowels);
    words.add(word + random.pick(codas));
  }
  return [...words];
}

function sentenceFrom(random: Random, corpus: Pick<Corpus, "rare">, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) {
    parts.push(random.chance(0.12) ? random.pick(corpus.rare) : random.pickSkewed(COMMON));
  }
  const text = parts.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The same corpus for the same seed and size. */
export function buildCorpus(seed: number, peopleCount = 600, quoteCount = 400): Corpus {
  const random = seededRandom(seed);
  const people: Person[] = [];
  const names = new Set<string>();
  while (people.length < peopleCount) {
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    const name = `${first} al-${last}`;
    if (names.has(name)) {
      if (names.size >= FIRST.length * LAST.length) break;
      continue;
    }
    names.add(name);
    people.push({ name, spellings: spellingsOf(first, last, random), role: random.pick(ROLES) });
  }
  const rare = syllableWords(random, 4000);
  const quotes: Quote[] = [];
  for (let i = 0; i < quoteCount; i++) {
    quotes.push({
      speaker: random.pickSkewed(people),
      text: `${sentenceFrom(random, { rare }, random.int(8, 22))}.`,
    });
  }
  return { people, places: PLACES, organisations: ORGANISATIONS, quotes, common: COMMON, rare };
}

/** One sentence of report prose, naming people (in any spelling), places and organisations. */
export function proseSentence(random: Random, corpus: Corpus, extraNames: readonly string[] = []): string {
  const person = random.pickSkewed(corpus.people);
  const mention =
    extraNames.length > 0 && random.chance(0.3)
      ? random.pick(extraNames)
      : random.chance(0.4)
        ? person.name
        : random.pick(person.spellings);
  const body = sentenceFrom(random, corpus, random.int(6, 18)).toLowerCase();
  switch (random.int(0, 4)) {
    case 0:
      return `${mention}, the ${person.role}, ${random.pick(VERBS)} that ${body} in ${random.pick(corpus.places)}.`;
    case 1:
      return `In ${random.pick(corpus.places)}, ${random.pick(corpus.organisations)} ${random.pick(VERBS)} ${body}.`;
    case 2:
      return `${sentenceFrom(random, corpus, random.int(8, 20))}, according to ${mention}.`;
    case 3:
      return `${random.int(2, 400)} ${body}, ${random.pick(corpus.organisations)} ${random.pick(VERBS)}.`;
    default:
      return `${sentenceFrom(random, corpus, random.int(10, 24))}.`;
  }
}

/** A headline: a few words of news, now and then with a name. */
export function headline(random: Random, corpus: Corpus, extraNames: readonly string[] = []): string {
  const words = sentenceFrom(random, corpus, random.int(4, 8));
  if (!random.chance(0.5)) return words;
  const name =
    extraNames.length > 0 && random.chance(0.3) ? random.pick(extraNames) : random.pick(corpus.people).name;
  return `${name} ${random.pick(VERBS)} ${words.charAt(0).toLowerCase()}${words.slice(1)}`;
}
