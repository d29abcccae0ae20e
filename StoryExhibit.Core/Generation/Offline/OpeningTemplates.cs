namespace StoryExhibit.Core.Generation.Offline;

/// <summary>Scene one: the place, the hero, the companion, the object and the visitor's premise.</summary>
internal static class OpeningTemplates
{
    public static readonly string[] Setting =
    [
        "[Once upon a time, there was a place called {place}.|Once upon a time, in {place}, the days began with {sight}.|There was once a place called {place}, where the days began with {sight} and ended with {sound}.]",
        "[In {place}, the morning was {~bright}.|Morning came to {place} with {sight}.|Morning came slowly to {place}, bringing {sight} and the faint scent of {smell}.]",
        "[This story begins in {place}.|This story begins in {place}, where {motif} was never far away.|This story begins in {place}, a place where {motif} lingered in every corner.]",
        "[{Place} was far away.|Far from here lies {place}, famous for {sight}.|Far from here, beyond the edge of any ordinary map, lies {place}, a place remembered for {sight}.]",
        "[It was a {~quiet} evening in {place}.|Evening settled over {place}, and with it came {sound}.|Evening was settling over {place}, carrying {sound} on the cooling air.]",
        "[Everyone in {place} knew about {motif}.|In {place}, everyone grew up hearing about {motif}.|In {place}, every child grew up on tales of {motif}, though few believed them.]",
    ];

    public static readonly string[] Hero =
    [
        "[{Hero} lived there. {They} was very {trait}.|{Hero} lived there, and {they} was as {trait} as anyone could be.|{Hero} lived there, and everyone agreed {they} was the most {trait} soul for miles, someone who {deed}.]",
        "[{Hero} was {trait}. {They} {deed}.|{Hero} was a {trait} young explorer who {deed}.|Of all its people, {hero} was the most {trait}: {they} {deed}.]",
        "[Here lived {hero}, who was {trait}.|Here lived {hero}, a {trait} heart who {deed}.|Here lived {hero}, whose {trait} nature was well known, for {they} {deed}.]",
        "[{Hero} was {trait} and full of questions.|{Hero} was known for being {trait}, and {they} {deed}.|Ask anyone about {hero} and they would tell you the same thing: {they} was {trait}, and {they} {deed}.]",
        "[{Hero} loved {place}. {They} was {trait}.|{Hero} loved every corner of {place} and was {trait} to the core.|{Hero} loved every stone and shadow of {place}, and was {trait} in a way that sometimes worried the neighbours.]",
        "[This is where {hero} lived. {They} was very {trait}.|This is where {hero} lived. {They} was {trait}, and {they} {deed}.|This is where {hero} lived, a {trait} young explorer who {deed}.]",
    ];

    public static readonly string[] Companion =
    [
        "[{Hero} had a friend called {companion}. {Companion} was {companionKind}.|{Hero}’s best friend was {companion}, {companionKind}.|{Hero} was seldom alone, for {companion}, {companionKind}, went everywhere {they} went.]",
        "[{Companion} was {companionKind}. {Companion} was {hero}’s best friend.|Beside {hero}, as always, was {companion}, {companionKind}.|At {hero}’s side, as always, trotted {companion}, {companionKind} with opinions on everything.]",
        "[{Hero} was never alone. {Companion} came too.|Wherever {hero} went, {companion} followed: {companionKind} with a big heart.|Wherever {hero} wandered, {companion} followed, {companionKind} whose loyalty had never once wavered.]",
        "[{Companion} was {companionKind}, and a very good friend.|{Companion}, {companionKind}, was the best friend {hero} could ask for.|{Companion}, {companionKind}, was the truest friend {hero} had ever known.]",
        "[{Hero} had a friend named {companion}, {companionKind}.|Then there was {companion}, {companionKind} who loved a good adventure.|Then there was {companion}, {companionKind} with a nose for trouble and a talent for getting out of it.]",
        "[{Companion} was {companionKind}. {Companion} liked adventures.|Nobody was more excited than {companion}, {companionKind} who never said no to an adventure.|Nobody was more eager than {companion}, {companionKind} who regarded every day as a fresh invitation.]",
    ];

    /// <summary>The idea's object with what is special about it: "a message in a bottle" + "that glows at night".</summary>
    public static readonly string[] ObjectWithDetail =
    [
        "[{Hero} had a {object}. It {objectDetail}.|{Hero} kept a {object} that {objectDetail}.|{Hero} kept a {object} that {objectDetail}, though nobody could explain why.]",
        "[There was a {object} that {objectDetail}.|There was also a {object}, and it {objectDetail}.|There was also a {object}, and it {objectDetail}, which no ordinary thing should do.]",
        "[The {object} was special. It {objectDetail}.|The {object} was no ordinary thing: it {objectDetail}.|The {object} was no ordinary thing, for it {objectDetail}.]",
    ];

    public static readonly string[] Object =
    [
        "[{Hero} had a {object}. It was special.|In {their} pocket, {hero} carried a {object} that nobody else understood.|In {their} pocket, {hero} kept a {object} that had belonged to {their} family for years.]",
        "[One day, {hero} found a {object}.|That morning, {hero} had found a {object} that nobody else had noticed.|That morning, {hero} had found a {object} that nobody else had noticed, and it was still warm.]",
        "[Grandma gave {hero} a {object}.|A {object} had been handed down to {hero}, with a promise that it was more than it seemed.|A {object} had been passed down to {hero} with a whispered warning: it was far more than it appeared.]",
        "[{Hero} kept a {object} safe.|{Hero} kept a {object} safe in a little wooden box.|{Hero} guarded a {object} in a little carved box, taking it out only when nobody was looking.]",
        "[The {object} was {~beautiful}.|The {object} {~shone} in a way no ordinary thing should.|The {object} {~shone} with a light that seemed to come from somewhere else entirely.]",
        "[There was also a {object}.|There was also the matter of the {object}, which had appeared on {hero}’s windowsill one night.|There was also the matter of the {object}, which had appeared on {hero}’s windowsill one night without explanation.]",
    ];

    /// <summary>Who the hero is, when the idea says: "{heroIntro}" is "a lighthouse keeper's daughter".</summary>
    public static readonly string[] HeroIntro =
    [
        "[{Hero} was {heroIntro}.|{Hero} was {heroIntro}, and proud of it.|{Hero} was {heroIntro}, and had never wanted to be anything else.]",
        "[Everyone knew {hero}. {They} was {heroIntro}.|People knew {hero} as {heroIntro}.|People for miles around knew {hero} as {heroIntro}.]",
        "[{Hero} was {heroIntro}, and a good one.|{Hero} was {heroIntro}, and {they} liked it that way.|{Hero} was {heroIntro}, which suited {them} better than anyone had expected.]",
    ];

    /// <summary>The idea's inciting deed, told in the past: "{eventPast}" is "found a message in a bottle".</summary>
    public static readonly string[] Event =
    [
        "[One evening, {hero} {eventPast}.|One quiet evening, {hero} {eventPast}.|One quiet evening, when nobody else was about, {hero} {eventPast}.]",
        "[Then, one morning, {hero} {eventPast}.|Then one grey morning {hero} {eventPast}.|Then, early one grey morning, {hero} {eventPast}, and nothing was the same again.]",
        "[One day {hero} {eventPast}.|It began on the day {hero} {eventPast}.|It all began on the day that {hero} {eventPast}.]",
    ];

    /// <summary>Something happens to set the story going, when the idea names no deed of its own.</summary>
    public static readonly string[] Inciting =
    [
        "[Then, one morning, the {object} began to glow.|One morning the {object} began to glow, softly at first.|One morning, without any warning, the {object} began to glow.]",
        "[Then a letter came for {hero}.|Then a letter arrived for {hero}, with no name on the back.|Then a letter arrived for {hero}, sealed with wax and signed by nobody at all.]",
        "[Then something went missing in {place}.|Then, one night, something precious went missing from {place}.|Then, one night, something precious vanished from {place}, and nobody could say how.]",
        "[One day a stranger left a note for {hero}.|One day a stranger left a folded note on {hero}’s doorstep.|One day a stranger left a folded note on {hero}’s doorstep and hurried away before {they} could answer.]",
        "[That night {hero} had a strange dream.|That night {hero} dreamed of a door {they} had never seen.|That night {hero} dreamed of a door {they} had never seen, and woke with the feeling that it was real.]",
        "[Then the {object} began to hum.|Then, quite suddenly, the {object} began to hum a tune.|Then, quite suddenly, the {object} began to hum a tune that nobody alive could remember.]",
    ];

    public static readonly string[] Goal =
    [
        "[{Hero} wanted to {goal}.|{Hero} made up {their} mind to {goal}.|{Hero} resolved, then and there, to {goal}, whatever it might take.]",
        "[So {hero} set off to {goal}.|So {hero} decided to {goal}, before anyone else could.|So {hero} decided to {goal}, although {they} did not know how long it would take.]",
        "[{Hero} made a promise: to {goal}.|{Hero} promised {companion} they would {goal} together.|{Hero} made a quiet promise to {companion}: together, they would {goal}.]",
        "[Someone had to {goal}. Why not {hero}?|Somebody had to {goal}, and {hero} thought it might as well be {them}.|Somebody would have to {goal}, and {hero} could not shake the feeling it was meant to be {them}.]",
        "[{Hero} dreamed of a way to {goal}.|All night {hero} dreamed of how to {goal}.|All night {hero} lay awake, turning over ways to {goal}.]",
        "[{Hero}’s plan was simple: {goal}.|{Hero} had a plan, and it was simple: {goal}.|{Hero}’s plan was simple to say and harder to do: {goal}.]",
    ];

    public static readonly string[] Obstacle =
    [
        "[But there was a {foe} in the way.|But everyone knew the {foe} stood in the way.|But everyone knew, too, that the {foe} would stand in the way.]",
        "[There was one problem. It was the {foe}.|There was just one problem, and that problem was the {foe}.|There was only one difficulty, and it went by the name of the {foe}.]",
        "[The {foe} wanted the {key} too.|The {foe} had {foeIts} own plans for the {key}.|The {foe}, however, had long had plans of {foeIts} own for the {key}.]",
        "[Nobody had gone past the {foe} before.|Nobody had ever found a way past the {foe}.|No one in living memory had found a way past the {foe}.]",
        "[Somewhere nearby was the {foe}.|Somewhere nearby, the {foe} was watching.|Somewhere not far away, the {foe} was already watching and waiting.]",
        "[But the {foe} did not like visitors.|The trouble was that the {foe} did not like visitors at all.|The {foe} had never welcomed visitors, and was unlikely to start now.]",
    ];

    public static readonly string[] Lead =
    [
        "[Where should {hero} start?|The question was where to begin.|The only question was where to begin.]",
        "[{Hero} looked at {companion}. What would they do now?|{Hero} looked at {companion}, and {companion} looked back, waiting.|{Hero} and {companion} shared a glance, each waiting for the other to choose the first step.]",
        "[The adventure was about to begin.|The adventure was ready to begin, if only {hero} knew which way to go.|Everything was ready; all that remained was to choose the first step.]",
        "[What would {hero} do first?|What would {hero} do first?|What, {hero} wondered, was the wisest place to start?]",
        "[It was time to choose.|It was time to make a choice.|The moment had come to make a choice.]",
        "[Which way should they go?|There were several ways to start, and each one called.|There were several ways to begin, and each one called out in its own voice.]",
    ];
}
