namespace StoryExhibit.Core.Generation.Offline;

/// <summary>How each kind of choice is offered, and what happens when it is taken.</summary>
internal static class ChoiceTemplates
{
    public static IReadOnlyList<string> Wordings(ChoiceKind kind) => kind switch
    {
        ChoiceKind.Explore => ["Explore {nextLandmark}", "Head for {nextLandmark}", "Search {nextLandmark} for clues"],
        ChoiceKind.Talk => ["Ask {stranger} for advice", "Talk to {stranger}", "Go and find {stranger}"],
        ChoiceKind.UseObject => ["Use the {object}", "Hold up the {object}", "Trust the {object}"],
        ChoiceKind.Follow => ["Follow the strange footprints", "Follow {companion}’s hunch", "Follow the faint light"],
        ChoiceKind.Watch => ["Hide and watch quietly", "Wait and see who comes", "Watch the {foe} from afar"],
        ChoiceKind.Confront => ["Face the {foe} bravely", "Stand up to the {foe}", "Go straight to the {foe}"],
        ChoiceKind.Help => ["Help {stranger} first", "Stop to help {stranger}", "Lend {stranger} a hand"],
        ChoiceKind.Trick => ["Try a clever trick", "Outwit the {foe}", "Make a cunning plan"],
        _ => [],
    };

    /// <summary>The opening sentence of a scene: the chosen {choice} being carried out.</summary>
    public static readonly string[] Carry =
    [
        "So {hero} decided to {choice}.",
        "[{Hero} chose to {choice}.|After a moment’s thought, {hero} chose to {choice}.]",
        "Without wasting a moment, {hero} set out to {choice}.",
        "[With a deep breath, {hero} got ready to {choice}.|{Hero} took a deep breath and made up {their} mind to {choice}.]",
        "It was decided: {hero} would {choice}.",
        "[{Hero} and {companion} agreed to {choice}.|{Hero} and {companion} exchanged a look and agreed, without a word, to {choice}.]",
        "The choice was clear to {hero}, who would {choice}.",
        "[{Hero} was ready to {choice}.|Gathering {their} courage, {hero} resolved to {choice}.]",
        "{Hero} smiled, because {they} knew what to do next, and that was to {choice}.",
        "[First, {hero} wanted to {choice}.|Before anything else, {hero} wanted to {choice}.]",
        "[{Hero} asked {companion} to help {them} {choice}.|{Hero} asked {companion} to help {them} {choice}, and {companion} agreed at once.]",
        "[{Hero} did not wait. {They} went to {choice}.|{Hero} did not wait for the moment to pass and went to {choice}.]",
    ];

    /// <summary>A visitor's own deed, when the idea reader gave its past form: "{choicePast}" is "opened the bottle".</summary>
    public static readonly string[] CarryPast =
    [
        "Without wasting a moment, {hero} {choicePast}.",
        "[{Hero} took a deep breath and {choicePast}.|{Hero} took a deep breath, and then {they} {choicePast}.]",
        "[So {hero} {choicePast}.|So, with {companion} watching, {hero} {choicePast}.]",
        "[{Hero} did not wait. {They} {choicePast}.|{Hero} did not wait for the moment to pass, and {choicePast}.]",
    ];

    /// <summary>A visitor's own deed whose past form hides the typed verb: "{choiceGerund}" is "digging under the palm tree".</summary>
    public static readonly string[] CarryBegun =
    [
        "Without wasting a moment, {hero} set about {choiceGerund}.",
        "[{Hero} took a deep breath and began {choiceGerund}.|{Hero} took a deep breath, and then {they} began {choiceGerund}.]",
        "[So {hero} started {choiceGerund}.|So, with {companion} watching, {hero} started {choiceGerund}.]",
    ];

    /// <summary>A visitor's line that is not the hero's deed ("the clouds turn into marshmallows"): it happens.</summary>
    public static readonly string[] CarryHappening =
    [
        "[{Hero} made a wish, and it came true: {choice}.|{Hero} wished hard, and the wish came true: {choice}.]",
        "[Then, just as {hero} had hoped, {choice}.|Then, just as {hero} had imagined it, {choice}.]",
        "[{Hero} could not believe it, but {choice}.|{Hero} could hardly believe it, and yet {choice}.]",
    ];

    public static IReadOnlyList<string> Consequences(ChoiceKind kind) => kind switch
    {
        ChoiceKind.Explore =>
        [
            "[{Landmark} was bigger than {hero} expected.|{Landmark} turned out to be far larger than anyone had described, its corners full of {~strange} shapes.]",
            "[{Hero} and {companion} found tiny footprints in the dust.|As they searched, {hero} and {companion} found a trail of {~small} footprints pressed into the dust.]",
            "[Behind a loose stone was a hidden door.|Behind a loose stone, {hero} discovered a door that no map had ever shown.]",
            "[Every corner had something new to see.|Every corner held something new, and {hero} wanted to see all of it.]",
            "[{Companion} found a scrap of paper with a drawing on it.|{Companion} spotted a small folded scrap of paper with a drawing of the {key} on it.]",
            "[The place felt {~old} and full of secrets.|The whole place felt {~old} and patient, as if it had kept its secrets for this visit.]",
        ],
        ChoiceKind.Talk =>
        [
            "[{Stranger} listened carefully.|{Stranger} listened without interrupting, nodding slowly at every word.]",
            "“You are not the first to ask about the {key},” said {stranger}.",
            "[{Stranger} smiled and gave a useful tip.|{Stranger} smiled and gave them a piece of advice that was worth more than gold.]",
            "[{Stranger} told them to search for {motif}.|{Stranger} told them to go wherever {motif} was strongest.]",
            "[{Stranger} pointed towards {landmark}.|With a long finger, {stranger} pointed towards {landmark}, where the answer was said to be waiting.]",
            "[{Companion} asked questions too.|{Companion} could never stay silent for long, and asked a few important questions too.]",
        ],
        ChoiceKind.UseObject =>
        [
            "[The {object} began to glow.|The {object} grew warm in {hero}’s hands and began to glow with a soft, steady light.]",
            "[Now {hero} knew that it could {gift}.|At last {hero} understood the true gift of the {object}: it could {gift}.]",
            "[{Companion} gasped in wonder.|{Companion} gasped, for nobody had ever seen the {object} do such a thing.]",
            "[A path of light led to {landmark}.|A faint path of light unrolled across the ground, leading straight towards {landmark}.]",
            "[The {object} hummed a happy little tune.|The {object} hummed as though it had been waiting for years to be used.]",
            "[{Hero} held it up high for everyone to see.|{Hero} raised the {object} high, and the air around them seemed to hold its breath.]",
        ],
        ChoiceKind.Follow =>
        [
            "[The trail went on for a long way.|The trail twisted and turned, sometimes vanishing altogether before reappearing a few steps further on.]",
            "[{Companion} sniffed the air and led the way.|{Companion} took the lead, sniffing the air and pausing at every fork in the path.]",
            "[They followed it past {sight}.|They followed it past {sight}, never once losing the way ahead.]",
            "[At last the trail ended at {landmark}.|At last, just as their legs grew {~tired}, the trail came to an end at {landmark}.]",
            "[Someone had come this way before them.|It was clear that someone had passed this way not long before them, and in quite a hurry.]",
            "[They went quickly and quietly.|They moved as quickly and as quietly as they could, keeping close together.]",
        ],
        ChoiceKind.Watch =>
        [
            "[{Hero} and {companion} hid and kept very still.|{Hero} and {companion} found a hiding place and kept perfectly still, barely daring to breathe.]",
            "[Soon the {foe} came by.|Before long the {foe} passed close by, quite unaware of the two watchers.]",
            "[They learned something important.|By watching patiently, they learned something that nobody else in {place} knew.]",
            "[The {foe} wanted the {key} too!|It became clear that the {foe} was searching for the {key} as well.]",
            "[Waiting was hard, but it was worth it.|Waiting was very hard, but in the end their patience paid off.]",
            "[{Companion} pointed and whispered, “Look over there!”|“Over there,” {companion} whispered, pointing at something half hidden near {landmark}.]",
        ],
        ChoiceKind.Confront =>
        [
            "[{Hero} stood tall in front of the {foe}.|{Hero} stepped forward and faced the {foe} without flinching.]",
            "[The {foe} was very {~surprised}.|The {foe} had clearly not expected anyone to be so {~brave}.]",
            "“We only want to {goal},” {hero} said firmly.",
            "[{Companion} held on tight to {hero}.|{Companion} stayed close at {hero}’s side, shaking only a little.]",
            "[The {foe} did not move out of the way.|For a long moment the {foe} refused to budge, and the whole of {place} seemed to wait.]",
            "[There was no going back now.|There was no turning back now, and {hero} knew it in {their} bones.]",
        ],
        ChoiceKind.Help =>
        [
            "[{Stranger} needed some help.|{Stranger} was in a spot of trouble, and {hero} could not simply walk past.]",
            "[{Hero} helped right away.|{Hero} rolled up {their} sleeves and helped without a second thought.]",
            "[{Stranger} thanked them again and again.|{Stranger} thanked them again and again, and insisted on giving something in return.]",
            "[In return, {stranger} told them a secret about the {key}.|In return, {stranger} shared a secret about the {key} that few had ever heard.]",
            "[Helping made {hero} feel warm inside.|Kindness, {hero} decided, was never a waste of time.]",
            "[{Companion} helped too.|Even {companion} pitched in, doing far more good than mischief.]",
        ],
        ChoiceKind.Trick =>
        [
            "[{Hero} had a clever {~idea}.|{Hero} had a plan so clever that even {companion} needed a moment to understand it.]",
            "[They laid a false trail with pebbles.|Using a handful of pebbles, they laid a false trail leading far away from {landmark}.]",
            "[The {foe} fell for it!|To everyone’s delight, the {foe} fell for the trick completely.]",
            "[{Companion} tried hard not to giggle.|{Companion} had to bite back a giggle as the plan unfolded.]",
            "[The path ahead was clear for a while.|For a while, the way ahead was clear.]",
            "[Being clever was better than being strong.|Sometimes, {hero} reflected, a quick mind is worth more than a strong arm.]",
        ],
        _ =>
        [
            "[Nobody had ever tried that before!|Nobody in {place} had ever tried such a thing before, and that was why it worked.]",
            "[{Companion} laughed with surprise.|{Companion} burst out laughing, half shocked and half delighted.]",
            "[Something changed in the air.|Something in the air shifted, as if {place} itself were paying attention.]",
            "[It was a {~wonderful} surprise.|The result was a surprise, and a {~wonderful} one at that.]",
            "[Soon they were at {landmark}.|Before long, the new plan had carried them all the way to {landmark}.]",
            "[{Hero} felt proud.|{Hero} felt a glow of pride at having followed {their} own idea.]",
        ],
    };
}
