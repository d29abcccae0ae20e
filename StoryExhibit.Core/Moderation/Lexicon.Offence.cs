using static StoryExhibit.Core.Moderation.ModerationCategory;

namespace StoryExhibit.Core.Moderation;

internal static partial class Lexicon
{
    /// <summary>Groups of people, for hatred aimed at them ("I hate all the ..."); a group name alone is never flagged.</summary>
    private const string Groups = "jew~|jewish|muslim~|moslem~|christian~|blacks|whites|gays|lesbian~|imigrant~|refugee~|arab~|asian~|mexican~|"
        + "african~|chinese|homosexual~|transgender~|gypsies|catholic~|hindu~|sikh~|negro~|foreigner~";

    private const string GroupsAsPeople = "black|white|gay|trans|disabled|brown|jewish|muslim|asian people|folk~";

    private static IEnumerable<LexiconTerm> Offence() =>
    [
        .. Terms(Sexual, 2, "sex", "sexy", "sexual*", "nude~", "nudity", "naked body|bodies", "get~|got|strip~ naked", "boob~", "boobies",
            "tits", "tities", "titties", "penis*", "vagina*", "horny", "erotic*", "strip club~", "seduc*", "hoker~", "prostitut*",
            "pussy", "make~|making love", "condom~", "xxx", "nsfw", "onlyfans", "fetish*", "niple~", "genital*", "sexting", "sexted", "hot babe~", "undres~", "strip~ off", "pasionate~ kis*", "kis~|kised|kising pasionately"),
        .. Terms(Sexual, 3, "have|having|had sex", "porn*", "orgasm*", "rape|raped|rapes|raping|rapist|rapists", "molest*", "blowjob~",
            "blow job~", "handjob~", "jerk~ off", "masturbat*", "dildo~", "sex toy~", "pedophil*", "paedophil*", "pedo", "pedos", "hentai", "milf~",
            "bdsm", "jizz*", "horny for"),

        .. Terms(Profanity, 1, "damn~", "damit", "damnit", "dang it", "what the hell|heck", "go to hell", "the hell", "hell no|yes", "bloody hell",
            "crap~", "crapy", "pis~", "pised", "ass", "arse", "bugger~", "bollock~"),
        .. Terms(Profanity, 2, "shit~", "shite", "bulshit", "horseshit", "dipshit", "bastard~", "bitch~", "biatch", "btch", "asshole~", "arsehole~",
            "jackass", "dumbass", "dick", "dickhead~", "effing", "wtf", "stfu", "omfg", "fml", "goddamn~", "god damn~", "piss off", "screw you",
            "son of a bitch", "wanker~", "wank~", "douche*", "slut~", "whore~", "skank~"),
        .. Terms(Profanity, 3, "*fuck*", "fuk~", "fukn", "fck*", "fcking", "fuq", "phuck*", "fook~", "cunt~", "twat~", "motherf*", "mf"),

        .. Terms(Hate, 2, "retard~", "tranny", "trannies", "go back to your country", "subhuman~", "fag~", "spastic", "spaz", "midget~"),
        .. Terms(Hate, 3, "nigger~", "niga~", "nigah", "faggot~", "kike~", "spic", "spics", "wetback~", "raghead~", "towelhead~", "gok~", "chinks",
            "heil hitler", "sieg heil", "white power", "white supremac*", "kkk", "gas the " + Groups,
            $"hate~|despise~|kil~|murder~|exterminat*|eradicat* _ {Groups}", $"hate~|despise~|kil~|murder~|exterminat*|eradicat* _ {GroupsAsPeople}",
            $"death to {Groups}", $"{Groups} are|r _ evil|animals|vermin|scum|filth|dirty|subhuman|inferior|disgusting|rats|pigs",
            $"{Groups} should|must die", "i hate|despise black|gay|trans|disabled|jewish|muslim people"),
    ];
}
