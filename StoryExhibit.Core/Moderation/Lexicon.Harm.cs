using static StoryExhibit.Core.Moderation.ModerationCategory;

namespace StoryExhibit.Core.Moderation;

/// <summary>
/// The word-and-phrase lists the offline classifier matches (see <see cref="WordPattern"/> for the notation; a letter
/// stands for a run of it, so "blod" also matches "blood" and "bloooood"). Severity 1 to 3 as in <see cref="ContentSeverity"/>.
/// Maintained here, in code: add a phrase with its category and severity, and a corpus line in the tests that proves it.
/// </summary>
internal static partial class Lexicon
{
    private static IEnumerable<LexiconTerm> Harm() =>
    [
        .. Terms(Fear, 1, "spoky", "crepy", "haunt~", "nightmare~", "frighten~", "eerie", "sinister", "grim reaper"),
        .. Terms(Fear, 2, "scary", "scarier", "scariest", "monster~", "monstrous", "zombie~", "vampire~", "werewol*", "demon~", "demonic",
            "scream~", "shriek~", "ghoul~", "posessed by", "die|dies|died|dying|death|deaths", "drown~", "evil spirit~", "jump scare~", "spine chiling"),
        .. Terms(Fear, 3, "terif~", "terifying", "horor~", "horif*", "blodcurdling", "petrifying"),

        .. Terms(Violence, 1, "fight~", "fought", "batle~", "punch~", "atack~", "brawl~", "scufle~", "wound~", "weapon~", "gun~", "pistol~",
            "rifle~", "threaten~", "poison~", "slap~", "duel~", "burn~ down", "set~ fire to", "eat~|ate|eaten|devour~|gobble~|swallow~ _ grandma~|grandmother~|people|children|kids|person|man|men|woman|women|boy~|girl~|him|her|them|everyone|everybody|astronaut~|knight~|princes~|prince~|villager~|sailor~|baby|babies|farmer~", "war", "wars", "sword fight~", "knife fight~"),
        .. Terms(Violence, 2, "kil~", "kils", "slay~", "slain", "stab~", "shot him|her|them|you|me|at", "shoot~", "gunfire", "gunshot~", "bomb~", "kidnap*",
            "hostage~", "asasin*", "murder*", "murdr*", "beat~ _ up", "drown~ him|her|them|you|me", "eat~|ate|eaten _ alive", "knife~ him|her|them|you|me",
            "strangl*", "choke~ _ to death", "shot _ dead", "die~ horibly", "burn~ _ to the ground",
            "shot~ _ him|her|them|me|you|us|sherif~|man|men|woman|women|guard~|king|queen|police*|soldier~|boy~|girl~|people|person",
            "gun~|knife|knives|sword~|blade~|dagger~ to _ head~|throat~|neck~|chest~"),
        .. Terms(Violence, 3, "tortur*", "masacr*", "slaughter*", "genocid*", "behead*", "decapitat*", "lynch*", "burn~ _ alive",
            "mas shoting", "school shoting", "execution~", "serial kiler~",
            "beat~|beaten|stab~|kick~|stone~|batter~|club~|hack~|shot|shoot~|tortur*|burn~|starve~ _ to death"),

        .. Terms(Gore, 1, "blod~", "bled", "bleed~", "corpse|corpses", "dead body", "dead bodies"),
        .. Terms(Gore, 2, "blod everywhere", "pool~ of blod", "covered in blod", "blod spurt*|splater*|gush*|spray*|pour*|drip*",
            "blod soak*", "gore", "gored", "gory", "guts", "intestine~", "entrail~", "sever~", "bloodshed", "blodstain*",
            "blodthirsty", "gruesome", "spiled _ guts", "mangled", "cut~|chop~|hack~|slice~|bit~|bite~|rip~|tore|tear~ off _ hand~|arm~|leg~|head~|finger~|ear~|foot|feet|tongue~|nose~",
            "cut~|chop~|hack~|slice~|bit~|bite~|rip~|tore|tear~ _ hand~|arm~|leg~|head~|finger~|ear~|foot|feet|tongue~|nose~ off"),
        .. Terms(Gore, 3, "dismember*", "disembowel*", "mutilat*", "blodbath", "limb from limb", "skin~ alive", "flay~"),

        .. Terms(SelfHarm, 3, "kil~ myself|yourself|himself|herself|themselves|themself|urself|ourselves", "kms", "kys", "suicid*",
            "self harm*", "selfharm*", "cut~ myself|himself|herself|themselves|yourself", "end~ my|his|her|their|your life|lives",
            "end it al", "want~ to die", "wish~ i|he|she was|were dead", "hang~ myself|himself|herself|themselves|yourself", "overdos*",
            "slit~ _ wrist~", "starve~ myself|himself|herself|themselves", "unalive~",
            "want~|wana|going|gona|try~|tried|ned~|will to hurt~|harm~|cut~|kil~ myself|herself|himself|themselves|yourself"),
    ];

    private static IEnumerable<LexiconTerm> Terms(ModerationCategory category, int severity, params string[] phrases) =>
        phrases.Select(p => new LexiconTerm(category, severity, p));
}
