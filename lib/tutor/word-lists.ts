/**
 * The tutor's word lists, as plain data: stop words, learner wording folded onto the lesson's wording,
 * query-only expansions, and everyday words that never decide whether a question is in scope.
 * vocabulary.ts turns them into the functions retrieval uses.
 */

/** Function words and question scaffolding: never indexed, never searched. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing done down during each either else even ever every ' +
    'few for from further had has have having he her here hers him his how however i if in into is it its ' +
    'itself just let lets me might mine more most much must my myself need needs no nor not now of off ' +
    'often on once one only or other our ours out over own per please same shall she should so some ' +
    'such than that the their theirs them then there these they this those through thus to too under ' +
    'until up upon us very via was we were what whats when where whether which while who whom whose why ' +
    'will with within without would yet you your yours yourself yourselves ok okay hi hey hello thanks ' +
    'thank tell explain explained describe mean means meant meaning say says said know show shows ' +
    'lesson lessons tutor question questions really actually basically exactly kind sort something ' +
    'anything everything someone anyone thing things stuff way ways like get gets got getting go goes ' +
    'going want wants wanted help s t d ll re ve m im id ive youre dont doesnt isnt cant wont ' +
    'give gives giving gave given ' +
    // Contractions typed without the apostrophe.
    'shouldnt wouldnt couldnt didnt wasnt werent arent havent hasnt hadnt mustnt neednt aint ' +
    'theyre thats whos hows whys theres heres lets ' +
    'against across along among around toward towards onto already still maybe probably ' +
    // "the rest" in the lesson is never REST the API style.
    'rest'
  ).split(/\s+/),
);

/**
 * Irregular verb forms (past tenses and participles) the stemmer cannot fold, by their base form. The
 * same forms after a prefix fold too (prefixedIrregular in vocabulary.ts): "rewrote" -> "rewrite".
 */
export const IRREGULAR_VERBS: Readonly<Record<string, string>> = {
  wrote: 'write',
  ran: 'run',
  took: 'take',
  gave: 'give',
  sent: 'send',
  kept: 'keep',
  grew: 'grow',
  grown: 'grow',
  built: 'build',
  found: 'find',
  chose: 'choose',
  chosen: 'choose',
  broke: 'break',
  broken: 'break',
  fell: 'fall',
  thrown: 'throw',
  threw: 'throw',
  told: 'tell',
  said: 'say',
  did: 'do',
  went: 'go',
  gone: 'go',
  came: 'come',
  saw: 'see',
  knew: 'know',
  known: 'know',
  thought: 'think',
  brought: 'bring',
  taught: 'teach',
  felt: 'feel',
  left: 'leave',
  lost: 'lose',
  meant: 'mean',
  spent: 'spend',
  began: 'begin',
  begun: 'begin',
  held: 'hold',
  led: 'lead',
  hid: 'hide',
  hidden: 'hide',
  shown: 'show',
  forgot: 'forget',
  forgotten: 'forget',
  froze: 'freeze',
  frozen: 'freeze',
  hung: 'hang',
  stuck: 'stick',
  blew: 'blow',
  blown: 'blow',
  understood: 'understand',
  paid: 'pay',
  bought: 'buy',
  caught: 'catch',
  fed: 'feed',
  slept: 'sleep',
  woke: 'wake',
  worn: 'wear',
  torn: 'tear',
  drove: 'drive',
  driven: 'drive',
  rose: 'rise',
  risen: 'rise',
  spoke: 'speak',
  spoken: 'speak',
  sped: 'speed',
  fought: 'fight',
  sought: 'seek',
  sank: 'sink',
  sunk: 'sink',
  ate: 'eat',
  eaten: 'eat',
  drew: 'draw',
  drawn: 'draw',
  flew: 'fly',
  flown: 'fly',
  sold: 'sell',
  stood: 'stand',
  struck: 'strike',
  wore: 'wear',
  won: 'win',
  shook: 'shake',
  shaken: 'shake',
  spun: 'spin',
  bent: 'bend',
  dealt: 'deal',
  dug: 'dig',
  fled: 'flee',
  lent: 'lend',
  rang: 'ring',
  rung: 'ring',
  sang: 'sing',
  sung: 'sing',
  sat: 'sit',
  slid: 'slide',
  stole: 'steal',
  stolen: 'steal',
  swam: 'swim',
  swung: 'swing',
  wept: 'weep',
};

/**
 * Learner words folded onto the word the lesson uses. Applied before stemming on both the index and
 * the query side, so "db", "DB" and "database" are one term.
 */
export const CANONICAL: Readonly<Record<string, string>> = {
  db: 'database',
  dbs: 'database',
  rdbms: 'database',
  perf: 'performance',
  paging: 'pagination',
  paginate: 'pagination',
  paginated: 'pagination',
  paginating: 'pagination',
  pages: 'page',
  ram: 'memory',
  mem: 'memory',
  heap: 'memory',
  asynchronous: 'async',
  await: 'async',
  awaits: 'async',
  synchronous: 'sync',
  synchronously: 'sync',
  blocking: 'block',
  bench: 'benchmark',
  benchmarks: 'benchmark',
  benchmarking: 'benchmark',
  microbenchmark: 'benchmark',
  microbenchmarks: 'benchmark',
  faster: 'fast',
  fastest: 'fast',
  quicker: 'fast',
  quickly: 'fast',
  speedy: 'fast',
  slower: 'slow',
  slowest: 'slow',
  slowly: 'slow',
  slowness: 'slow',
  slowdown: 'slow',
  sluggish: 'slow',
  laggy: 'slow',
  lag: 'slow',
  lags: 'slow',
  crawls: 'crawl',
  crawling: 'crawl',
  ai: 'ai',
  llm: 'ai',
  llms: 'ai',
  chatgpt: 'ai',
  copilot: 'ai',
  gpt: 'ai',
  claude: 'ai',
  gemini: 'ai',
  codex: 'ai',
  openai: 'ai',
  anthropic: 'ai',
  dedupe: 'duplicate',
  dedup: 'duplicate',
  deduplicate: 'duplicate',
  deduplication: 'duplicate',
  duplicates: 'duplicate',
  assistant: 'ai',
  model: 'ai',
  models: 'ai',
  leaks: 'leak',
  leaking: 'leak',
  leaky: 'leak',
  leaked: 'leak',
  ms: 'millisecond',
  milliseconds: 'millisecond',
  secs: 'second',
  orms: 'orm',
  joins: 'join',
  hoisting: 'hoist',
  hoisted: 'hoist',
  evicting: 'evict',
  eviction: 'evict',
  evicts: 'evict',
  lru: 'evict',
  ttl: 'evict',
  prod: 'production',
  locate: 'find',
  codebase: 'code',
  codebases: 'code',
  locating: 'find',
  prompting: 'prompt',
  prompts: 'prompt',
  // "OOM" and "out of memory" (folded to "oom" by the tokenizer) are about memory.
  oom: 'memory',
  nplus1: 'nplus1',
  flamegraph: 'flamegraph',
  quadratically: 'quadratic',
  execute: 'run',
  executes: 'run',
  executed: 'run',
  executing: 'run',
  execution: 'run',
  // Porter folds "product" into "production"; keep the shop's products apart from production servers.
  product: 'goods',
  products: 'goods',
  scalable: 'scale',
  scalability: 'scale',
  scales: 'scale',
  scaling: 'scale',
  speedup: 'fast',
  speedups: 'fast',
  chat: 'ai',
  chatbot: 'ai',
  // "the mean" is read as "average" by the tokenizer ("mean" alone is a stop word: "what does X mean").
  averages: 'average',
  avg: 'average',
  takeaway: 'idea',
  takeaways: 'idea',
  gist: 'idea',
  tldr: 'idea',
  nutshell: 'idea',
  antipattern: 'pattern',
  antipatterns: 'pattern',
  // ORMs and drivers the lesson does not name: the lesson's ORM advice applies to all of them.
  sequelize: 'orm',
  typeorm: 'orm',
  hibernate: 'orm',
  activerecord: 'orm',
  eloquent: 'orm',
  mongoose: 'orm',
  drizzle: 'orm',
  knex: 'orm',
  postgres: 'database',
  postgresql: 'database',
  mysql: 'database',
  sqlite: 'database',
  mongodb: 'database',
  mongo: 'database',
  // Profilers the lesson does not name.
  pprof: 'profiler',
  valgrind: 'profiler',
  // Other stacks' profilers, heap tools and benchmark harnesses: the lesson's advice is the same.
  jprofiler: 'profiler',
  visualvm: 'profiler',
  dottrace: 'profiler',
  rbspy: 'profiler',
  stackprof: 'profiler',
  xdebug: 'profiler',
  blackfire: 'profiler',
  jmap: 'snapshot',
  dotmemory: 'snapshot',
  benchmarkdotnet: 'benchmark',
  jmh: 'benchmark',
  hyperfine: 'benchmark',
  // Other stacks' collections and ORMs.
  hashset: 'set',
  treeset: 'set',
  arraylist: 'array',
  linkedlist: 'list',
  efcore: 'orm',
  doctrine: 'orm',
  gorm: 'orm',
  speedscope: 'profiler',
  perfetto: 'profiler',
  // "ids" is never "I'd": keep it (the stemmer would make it the stop word "id").
  ids: 'ids',
  // Array.forEach (the tokenizer joins "forEach") and other words for going over items.
  foreach: 'loop',
  iterate: 'loop',
  iterates: 'loop',
  iterating: 'loop',
  iteration: 'loop',
  iterations: 'loop',
  // Starting code: the lesson says "run" and "call".
  launch: 'run',
  rerun: 'run',
  invoke: 'call',
  invocation: 'call',
  // Speed in everyday words.
  performant: 'fast',
  snappy: 'fast',
  optimal: 'optimise',
  optimization: 'optimise',
  optimisation: 'optimise',
  tweak: 'optimise',
  // Assistants and chat tools the lesson does not name.
  bot: 'ai',
  agent: 'ai',
  agentic: 'ai',
  genai: 'ai',
  tabnine: 'ai',
  codeium: 'ai',
  cody: 'ai',
  windsurf: 'ai',
  llama: 'ai',
  mistral: 'ai',
  deepseek: 'ai',
  // Memory words.
  gc: 'garbage',
  memoize: 'cache',
  memoise: 'cache',
  memoization: 'cache',
  memoisation: 'cache',
  memo: 'cache',
  cached: 'cache',
  caching: 'cache',
  ...IRREGULAR_VERBS,
  // Everyday programming words the lesson says another way.
  dataset: 'data',
  datasets: 'data',
  backend: 'server',
  backends: 'server',
  microservice: 'server',
  microservices: 'server',
  frontend: 'browser',
  firefox: 'browser',
  safari: 'browser',
  indices: 'index',
  association: 'relation',
  associations: 'relation',
  jest: 'test',
  mocha: 'test',
  pytest: 'test',
  jasmine: 'test',
  junit: 'test',
  warmup: 'warm',
  unique: 'distinct',
  hashmap: 'map',
  dictionary: 'map',
  dict: 'map',
  bulk: 'batch',
  route: 'endpoint',
  routes: 'endpoint',
  visitor: 'user',
  visitors: 'user',
  expire: 'evict',
  expiry: 'evict',
  expiration: 'evict',
  pr: 'review',
  autocomplete: 'ai',
  vibe: 'ai',
  buggy: 'bug',
  patch: 'fix',
  refactor: 'rewrite',
  refactoring: 'rewrite',
  boost: 'fast',
  accelerate: 'fast',
  squeeze: 'optimise',
  tune: 'optimise',
  tuning: 'optimise',
  inefficient: 'slow',
  cheaper: 'cost',
  costly: 'cost',
  asymptotic: 'complexity',
  heapdump: 'snapshot',
  inspector: 'inspect',
  cron: 'nightly',
};

/**
 * Query-only expansions, keyed by normalised term: lesson terms a learner usually means by that word.
 * Weights are below 1 so the learner's own words still decide ranking.
 */
export const EXPANSION_SOURCE: Readonly<Record<string, string>> = {
  slow: 'performance crawl',
  fast: 'performance',
  leak: 'memory retain grow evict',
  grow: 'memory retain',
  growing: 'memory retain',
  cache: 'evict memory',
  oom: 'memory',
  nplus1: 'query per item loop',
  complexity: 'quadratic linear nlogn scale',
  quadratic: 'nested loop set',
  nested: 'quadratic loop',
  pagination: 'page cursor offset',
  database: 'query sql',
  profile: 'profiler flamegraph hot spot',
  flamegraph: 'profile hot',
  benchmark: 'measure size',
  async: 'block await event',
  block: 'async sync',
  prompt: 'ask scale',
  scale: 'size rows input',
  production: 'scale input',
  orm: 'query join',
  allocate: 'allocation hoist',
  garbage: 'allocation memory',
  list: 'array',
  array: 'list',
  bug: 'pattern slowdown',
  mistake: 'pattern slowdown',
  common: 'often pattern',
  typical: 'often pattern',
  // Everyday words for the symptoms the lesson describes in its own words. A learner word listed here
  // that the lesson never uses still counts as covered (see retrieve.ts), through these lesson words.
  freeze: 'block stall wait',
  hang: 'block stall wait slow',
  unresponsive: 'block stall wait',
  stick: 'block stall wait',
  halt: 'stall slow',
  choke: 'stall slow',
  bog: 'slow stall',
  // A check that runs by itself is a test in the lesson's words.
  automate: 'test ci',
  automated: 'test ci',
  automatic: 'test ci',
  automatically: 'test ci',
  timeout: 'timing wait slow',
  age: 'slow time',
  eternity: 'slow time',
  crash: 'memory killed throw fall',
  die: 'killed memory throw',
  // The stemmer makes "dies" "di", not "die".
  dies: 'killed memory throw',
  died: 'killed memory throw',
  dying: 'killed memory throw',
  // Restarting is what people do about a process that grows until it is killed.
  restart: 'killed memory grow',
  reboot: 'killed memory grow',
  // Test-driven development is writing the test first.
  tdd: 'test first',
  explode: 'memory grow',
  // Shipping code is reaching production, where the lesson's slowdowns and regressions show.
  release: 'production regression',
  deploy: 'production regression',
  deployment: 'production regression',
  algorithm: 'complexity loop',
  algo: 'complexity loop',
  algos: 'complexity loop',
  // Attaching to a running process is what a profiler or inspector does.
  attach: 'profiler inspect',
  algorithms: 'complexity loop',
  climb: 'grow memory',
  creep: 'grow memory',
  bloat: 'memory grow',
  balloon: 'memory grow',
  spike: 'memory grow',
  footprint: 'memory',
  swap: 'memory',
  bottleneck: 'hot spot profile',
  latency: 'time round trip',
  throughput: 'requests second',
  massive: 'large huge scale',
  enormous: 'large huge scale',
  gigantic: 'large huge scale',
  million: 'scale large',
  billion: 'scale large',
  inner: 'loop nested quadratic',
  outer: 'loop nested quadratic',
  double: 'quadratic nested',
  search: 'lookup scan find',
  dedupe: 'duplicate set',
  instruct: 'prompt ask',
  instruction: 'prompt ask',
  request: 'prompt',
  measurement: 'measure benchmark',
  timing: 'measure benchmark',
  stopwatch: 'measure timing',
  regression: 'budget test',
  flaky: 'noisy headroom median',
  flake: 'noisy headroom median',
  volume: 'size scale',
  threshold: 'budget limit',
  sla: 'budget limit',
  slo: 'budget limit',
  pipeline: 'ci',
  local: 'machine staging development',
  concurrent: 'overlap together pool',
  concurrency: 'overlap together pool',
  parallel: 'overlap together',
  scroll: 'page pagination',
  csv: 'file',
  upload: 'file send',
  download: 'file send',
  percentile: 'median',
  average: 'median',
  variance: 'noisy spread',
  demo: 'small test example',
  mock: 'test',
  fixture: 'test data',
  waste: 'cost discard',
  naive: 'simplest tutorial quadratic',
  brute: 'simplest quadratic',
  runtime: 'time run',
};

/**
 * Expansions that apply when a question uses all the words of a phrase ("my loop is slow"), for
 * learner phrasings whose words alone are too common in the lesson to point anywhere.
 */
export const PHRASE_SOURCE: ReadonlyArray<readonly [string, string]> = [
  ['loop slow', 'quadratic nested includes scan per item'],
  ['memory grow', 'leak evict cache retain'],
  ['memory keep', 'leak evict cache retain'],
  ['query many', 'nplus1 per row'],
  ['test slow', 'budget assert'],
  ['tell ai', 'prompt'],
  ['infinite scroll', 'pagination cursor'],
  // "one question to ask of every loop" is the lesson's tip: ask what happens at a million items.
  ['ask loop', 'million 1000000'],
];

const COMMON_WORDS =
  'able accept access account achieve act action actual add added adding address advice affect ' +
  'afraid allow almost alone alternative always amount another answer anymore anyway apply approach ' +
  'appropriate area argue arrive aside attempt available aware away awful back badly base basic ' +
  'become begin beginner behave behaviour behavior believe benefit beyond bigger biggest bit bother ' +
  'bottom bring broad care careful carefully carry cause certain certainly chance change changes ' +
  'changing choice choose claim clear clearly come comes coming commonly complete completely ' +
  'concept concern confused confusing consider considered considering constantly contain continue ' +
  'control correct correctly could course create current currently daily deal decide deep define ' +
  'definitely depend describe despite detail details develop developer developers different ' +
  'difficult directly discuss doing easier easiest easily easy effect effective effectively ' +
  'efficient efficiently effort end enough ensure entire entirely especially essential etc everyday ' +
  'everywhere exact exist expect expected experience explain extra extremely fact fair fairly ' +
  'familiar far feel fine finish first follow following force forget form free frequently friend ' +
  'full fully fun general generally generate given global goal great greater group guide guy guys ' +
  'info crash crashes crashed crashing computer laptop customer customers client clients ' +
  'useless useful pointless helpful worthwhile ' +
  'handle hard harder hear heard helpful high higher highly hold hope ideally imagine ' +
  'impact improve improving include increase indeed instead interesting involve keep kind know ' +
  'knowledge last late later latest lead learn learning least leave less light likely little live ' +
  'long longer look looking lose lot lots love low lower major manage many matter maybe meaning ' +
  'mention mind minor miss modern moment more mostly move much myself nearly necessary neither ' +
  'never new newer next nice normal normally notice obvious obviously occur offer old older open ' +
  'opinion option options ordinary otherwise overall particular particularly people perhaps person ' +
  'pick place plan please point points popular possible possibly potential pretty previous primary ' +
  'probably problematic proper properly provide pull purpose put quick quite raise random rarely ' +
  'reach ready realize realise really reason reasons recent recently reduce regular regularly ' +
  'related relevant rely remember remove replace require required review right risk rule safe ' +
  'safely save say second see seem seems seen serious several share short should show side ' +
  'significant significantly similar simple since situation slightly solve someone sometimes ' +
  'somewhere soon sort sound specific specifically standard start stay still straight strange ' +
  'strategy strong struggle stuck suggest suggestion suppose supposed sure surprise take taking ' +
  'talk tell terrible thing things think third though through tip tips together totally tough ' +
  'towards trick tricks trouble true try trying turn understand understanding unless unlikely upon ' +
  'usual usually various version view warning watch way ways weird well whatever whenever wherever ' +
  'whole wide wish wonder wondering word words worry worse worst worth wrong year years yes yet ' +
  'young ' +
  'ability absolutely accident accidentally advance advantage advantages afterwards agree ahead aim ' +
  'alright amazing anybody anyhow anywhere apparently appear appreciate article assume assumed ' +
  'attention awesome blame boring brief briefly busy calm capable cheap clever close closer cool ' +
  'couple crazy curious decent decision deeply disagree disaster dumb eager earlier early else ' +
  'elsewhere enjoy entry-level equal equally error-prone everybody evidence exactly excellent ' +
  'excited explanation fancy fault favourite favorite figure final finally fix fond funny gentle ' +
  'glad goes gone happy hardly heavy hint honest honestly hopefully ignore ' +
  'imagine immediately impossible impressive incredibly instance insight intended intuition ' +
  'intuitive lazy lesser literally lovely lucky mainly mate mess messy minute mistaken mostly ' +
  'naturally nearby neat necessarily nervous nobody none nothing obviously odd okay-ish ' +
  'opposite originally outcome overall painful perfect perfectly personally plain pleasant ' +
  'plenty poor poorly practical precisely prefer preferred preference preferably prefers pretty ' +
  'principle proof proper quickly quiet rather reasonable reasonably recommend recommended ' +
  'recommendation regard regarding remind reply respect result results roughly sad scared ' +
  'sense sensible silly simply smart solution solutions somebody somehow someway sorry ' +
  'speaking stupid style suddenly suggested super surely sweet terms thanks theory thorough ' +
  'tidy tiny tired truly typically ugly ultimately unclear unfortunately unknown unsure upset ' +
  'useful usually vague versus vs weirdly wise wonderful wow ' +
  'barely merely partly somewhat hugely massively terribly insanely ridiculously seriously ' +
  'awfully badly entirely mildly noticeably remarkably terribly utterly vastly ' +
  'system systems incorrect notation terminal shell cli command commands ' +
  // Classroom and study words: who asks and why does not change what is asked.
  'teacher teachers teaching student students pupil pupils learner learners class classes ' +
  'classroom course courses curriculum quiz quizzes exam exams homework assignment assignments ' +
  'practice practise practising practicing revision revise lecture lectures slide slides seminar ' +
  'workshop bootcamp interview interviews interviewer colleague colleagues coworker coworkers boss ' +
  'manager teammate junior senior newbie noob mentor ' +
  // Words about the asker rather than the question: "English is not my first language".
  'english native speaker speakers language languages grammar technical nontechnical non ' +
  // People around the code: who reviews, tests, grades or contributes it.
  'maintainer maintainers contributor contributors contractor contractors qa tester testers reviewer ' +
  'reviewers intern interns ta tas grader graders grading grade se ' +
  // When the asker needs it: "teaching this next week", "for tomorrow".
  'today tomorrow tonight yesterday week weeks weekend semester ' +
  // Sizes: like numbers, units never decide whether a question is about the lesson.
  'kb kib mb mib gb gib tb ' +
  // Steps and routines: "the workflow to find a leak" asks for the steps the lesson gives.
  'workflow workflows routine procedure ' +
  // Code hosting platforms: "fails on GitHub Actions" is about the test, not the platform.
  'github gitlab bitbucket ' +
  // Chat shorthand and filler.
  'pls plz thx ty cheers btw imo imho tbh idk eli5 asap lol hmm um uh yeah yep nope kinda sorta ' +
  'gonna wanna gotta lemme ya ur folks dude bro ' +
  // Throwaway names in pasted code.
  'arr obj val tmp temp foo bar baz idx el elem acc cb args opts err str num len cnt ret res ' +
  // JavaScript keywords the lesson's code happens not to use: pasted code and "the var thing" carry them.
  'var typeof instanceof undefined null void';

/**
 * Words too general to tell whether a question is about this lesson: they neither count for nor
 * against coverage ("my app", "this website", "some code").
 */
export const NEUTRAL_SOURCE =
  'app apps application website site web program project script service code coding function ' +
  // The product around the code: "the feature", "support tickets", "the admin list".
  'feature features support ticket tickets admin admins helper helpers util utils utility utilities ' +
  'functions method work works working make makes made use used using write written writing fix ' +
  'fixes fixed problem problems issue issues bug bugs better best good bad big small stop avoid ' +
  'prevent happen happens happening best practice difference between example important main ' +
  'unit real world simple simply case cases part step steps run runs running ' +
  'summary summarise summarize ' +
  // Languages and frameworks: naming one does not take a question out of the lesson's scope.
  'python java javascript js typescript ts node nodejs rust golang ruby rails php kotlin swift csharp ' +
  'react vue angular svelte nextjs express spring laravel ' +
  'fastify koa hapi nestjs ' +
  // Everyday words that carry no topic of their own. When the lesson never uses one, it should not
  // make an otherwise answerable question look out of scope.
  COMMON_WORDS;
