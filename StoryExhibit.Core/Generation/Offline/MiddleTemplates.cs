namespace StoryExhibit.Core.Generation.Offline;

/// <summary>The rising action and the climax: discoveries, the obstacle closing in, and the big moment.</summary>
internal static class MiddleTemplates
{
    public static readonly string[] Discovery =
    [
        "[They found a {~clue} about the {key}.|Here they found a real {~clue} about the {key}.|Here, at last, they found a {~clue} that could only concern the {key}.]",
        "[There were marks on the wall. They showed the {key}!|Someone had scratched a picture of the {key} onto the wall.|Long ago, someone had carved a picture of the {key} into the wall.]",
        "[A little note said: “The {key} is closer than you think.”|A folded note read, “The {key} is closer than you think.”|Tucked into a crack was a note in spidery handwriting, which read, “The {key} is closer than you think.”]",
        "[{Hero} saw something shiny.|Something glinted in the corner, and {hero} knelt to look.|Something glinted in the half-light, and {hero} knelt to examine it more closely.]",
        "[Now they knew more about the {key}.|Piece by piece, the puzzle of the {key} was coming together.|Piece by piece, the puzzle of the {key} was beginning to make sense.]",
        "[The {object} pointed this way.|The {object} tugged gently, as if it agreed they were on the right track.|The {object} stirred in {hero}’s pocket, as if it agreed with them.]",
        "[They heard a song about the {key}.|Somewhere, someone was singing a song about the {key}.|Somewhere, someone was singing an old song about the {key}.]",
        "[An old map showed the way.|An old map, half torn, showed a route nobody had taken in years.|An old map, torn along its folds, showed a route that had not been travelled in a generation.]",
        "[{Hero} found a key-shaped hole in a stone.|In a flat stone {hero} found a small hollow, shaped exactly like something that was missing.|Set into a flat stone was a small hollow, shaped precisely like something that had been lost.]",
        "[The answer felt very close now.|The answer felt close enough to touch.|The answer felt so close that {hero} could almost hear it breathing.]",
        "[A {~small} arrow was scratched on the ground.|A {~small} arrow had been scratched on the ground, pointing the way.|A {~small} arrow had been scratched into the ground, pointing unmistakably onward.]",
        "[There was writing in a secret code.|There was writing in a secret code, and {companion} began to puzzle it out.|There was writing in a cipher, and {companion} set about untangling it with great seriousness.]",
    ];

    /// <summary>The obstacle as a problem to solve: used whenever the story must stay gentle.</summary>
    public static readonly string[] Hurdle =
    [
        "[But the {foe} had been here first.|But the {foe} had clearly been here first.|But there were signs that the {foe} had been here first.]",
        "[The {foe} made things tricky.|The {foe} had made everything much trickier than it needed to be.|The {foe}, it seemed, had made everything far more complicated than it needed to be.]",
        "[The path was blocked by the {foe}.|The way ahead was blocked, and the {foe} was to blame.|The way ahead was blocked, and it bore every mark of the {foe}.]",
        "[The {foe} was getting closer.|Somewhere behind them, the {foe} was getting closer.|Somewhere behind them, the {foe} was slowly drawing nearer.]",
        "[{Hero} would need a good plan to get past the {foe}.|Getting past the {foe} would take a very good plan.|Getting past the {foe} would require a plan cleverer than any {hero} had yet made.]",
        "[The {foe} had hidden the road signs.|The {foe} had turned every road sign around.|The {foe} had carefully turned all the road signs around.]",
        "[A puzzle lock stood in the way.|A puzzle lock stood in their way, and the {foe} had set it.|A puzzle lock barred the way, one of the {foe}’s more ingenious inventions.]",
        "[A gate was shut, and the {foe} had the only key.|A gate stood shut, and the {foe} kept the only key.|A gate barred the way, and its only key hung from the belt of the {foe}.]",
        "[The {foe} had hidden the bridge planks.|The {foe} had carried off every plank of the little bridge.|The {foe} had quietly carried off every plank of the little bridge.]",
        "[The {foe} had left a riddle on the door.|On the door, the {foe} had left a riddle that nobody could answer.|On the door, in looping letters, the {foe} had left a riddle that had baffled everyone.]",
        "[The {foe} was fast asleep across the path.|The {foe} lay snoring right across the path.|The {foe} lay snoring across the only path, immovable as a boulder.]",
        "[The {foe} did not want anyone to find the {key}.|The {foe} did not want anyone finding the {key}.|The {foe} was determined that nobody should ever find the {key}.]",
    ];

    /// <summary>The obstacle as a threat, for Thrilling stories.</summary>
    public static readonly string[] Peril =
    [
        "[The {foe} was hunting them.|Somewhere close, the {foe} was hunting for them.|Somewhere close, the {foe} was on their trail, and it was not in a forgiving mood.]",
        "[It was dangerous here.|This was dangerous ground, and {hero} knew it.|This was dangerous ground, and every instinct told {hero} to tread lightly.]",
        "[A loud roar made them jump.|A roar echoed through {landmark}, and their hearts pounded.|A roar shook {landmark} to its foundations, and for a moment nobody dared to move.]",
        "[The {foe} had set a trap.|The {foe} had set a trap, and they had almost walked into it.|The {foe} had laid a trap with chilling care, and they had very nearly stepped into it.]",
        "[{Companion} felt scared, but stayed.|{Companion} was scared, but would not leave {hero}’s side.|{Companion} was plainly frightened, yet refused to abandon {hero}.]",
        "[The {foe} was stronger than ever.|The {foe} was growing stronger with every hour.|The {foe}’s power was swelling with every passing hour, and time was running out.]",
        "[Shadows moved on the walls.|Shadows moved across the walls, and a cold wind began to blow.|Shadows crept across the walls, and a cold wind began to blow.]",
        "[The ground shook under their feet.|The ground shook, and stones tumbled from above.|The ground shuddered beneath them, and loose stones came tumbling down.]",
        "[A cold voice called {hero}’s name.|A cold voice called {hero}’s name from the darkness.|From the darkness, a cold voice spoke {hero}’s name, and it was not friendly.]",
        "[The {foe}’s guards were everywhere.|The {foe}’s spies seemed to be everywhere.|The {foe}’s spies were everywhere, watching from every shadow.]",
        "[The bridge behind them cracked and fell.|Behind them, the bridge cracked and fell into the gorge.|Behind them the bridge gave way with a crack, cutting off any retreat.]",
        "[They had to run and hide.|They had to run and hide before the {foe} spotted them.|They fled into hiding a moment before the {foe} swept past.]",
    ];

    public static readonly string[] Lead =
    [
        "[What should they do now?|What should they do next?|What, now, was the wisest course?]",
        "[{Hero} had to decide.|{Hero} knew a choice had to be made.|{Hero} knew that a choice could not be put off much longer.]",
        "[There was more than one way forward.|More than one path lay ahead, and each looked tempting.|More than one road lay ahead, and each seemed to promise something different.]",
        "[{Companion} looked at {hero} and waited for {them} to choose.|{Companion} looked up at {hero}, waiting for the next idea.|{Companion} waited, trusting {hero} to find the next step.]",
        "[It was time to choose again.|Once again, it was time to choose.|Once again, it was time to make a choice.]",
        "[Which way would {hero} go?|Which way would {hero} go next?|{Hero} wondered which path led to the {key}.]",
        "[They stopped to think.|They stopped to think about what came next.|They paused to weigh up what should come next.]",
        "[Which path should they take?|Which path should they take now?|Which of the paths before them was the right one?]",
        "[What should they try now?|What should happen now, {hero} wondered.|And now, {hero} wondered, what was the next move?]",
        "[{Hero} made a wish and thought hard.|{Hero} closed {their} eyes and thought hard.|{Hero} closed {their} eyes, letting the possibilities settle.]",
        "[There were choices to make.|There were choices to make, and they had to be quick.|Choices lay ahead, and none could be put off for long.]",
        "[Where would the story go next?|Where would the story go from here?|Where the story went from here was entirely up to {hero}.]",
    ];

    public static readonly string[] ClimaxFace =
    [
        "[And there was the {foe}!|And there, at last, stood the {foe}.|And there, at long last, stood the {foe}, blocking the final stretch of the way.]",
        "[The {foe} stood between them and the {key}.|Only the {foe} stood between them and the {key} now.|Nothing now remained between them and the {key} except the {foe}.]",
        "[This was the big moment.|This was the moment everything had been leading to.|Everything, {hero} realised, had been leading to this moment.]",
        "[The {foe} looked right at {hero}.|The {foe} turned and looked straight at {hero}.|The {foe} turned slowly and fixed {foeIts} gaze upon {hero}.]",
        "[The {key} was right there!|The {key} was right there, almost within reach.|The {key} lay within reach, tantalisingly close.]",
        "[Everything went still.|Everything went still, as if all of {place} were holding its breath.|A great stillness fell, as though all of {place} were holding its breath.]",
    ];

    public static readonly string[] ClimaxObject =
    [
        "[The {object} began to shine.|The {object} began to shine brighter than ever before.|The {object} blazed into life and shone brighter than ever before.]",
        "[{Hero} remembered the {object}. It could {gift}!|{Hero} remembered that the {object} could {gift}.|{Hero} remembered, just in time, that the {object} could {gift}.]",
        "[The {object} felt heavy and warm.|The {object} felt warm and heavy, as if it knew what was coming.|The {object} grew warm and heavy in {hero}’s hand, as though it sensed the hour had come.]",
        "[{Hero} held the {object} tight.|{Hero} gripped the {object} tightly and waited for the right moment.|{Hero} held the {object} close and waited for the right moment.]",
    ];

    public static readonly string[] ClimaxTrait =
    [
        "[Being {trait} would help {hero} now.|Being {trait} had always been {hero}’s gift, and now it mattered most.|Being {trait} had always been {hero}’s gift; now, at last, it would truly matter.]",
        "[{Hero} took a breath and stayed {~calm}.|{Hero} stayed {~calm}, because {they} was {trait}, and {trait} people think clearly.|{Hero} remained {~calm}, for {they} was {trait} down to the bone.]",
        "[{Companion} said, “You can do it!”|“You can do this,” {companion} whispered, “you always could.”|“You have always been {trait},” {companion} murmured. “That is all you need now.”]",
        "[{Hero} thought of everything they had learned.|{Hero} thought of everything they had learned along the way.|{Hero} gathered up every lesson of the journey, and found it was enough.]",
    ];

    public static readonly string[] ClimaxLead =
    [
        "[What would {hero} do?|What would {hero} do now?|Everything hung on what {hero} did next.]",
        "[This choice was the most important one.|This would be the most important choice of all.|Of all the choices so far, this would be the one that mattered most.]",
        "[{Hero} knew it was time to act.|{Hero} knew that the time to act had come.|Every heartbeat told {hero} that the time to act had come.]",
        "[How would the story end?|How would it all end?|How, in the end, would it all turn out?]",
    ];
}
