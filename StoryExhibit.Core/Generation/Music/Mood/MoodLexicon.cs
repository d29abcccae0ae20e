namespace StoryExhibit.Core.Generation.Music.Mood;

/// <summary>
/// Words that carry each mood, as word beginnings (so "laugh" also finds "laughed" and "laughter"). A word counts for
/// every mood it appears under; a few strong words are listed twice to weigh double.
/// </summary>
internal static class MoodLexicon
{
    public static readonly IReadOnlyDictionary<MusicMood, string[]> Words = new Dictionary<MusicMood, string[]>
    {
        [MusicMood.Calm] = ["calm", "quiet", "gentl", "soft", "peace", "peacef", "rest", "sleep", "drows", "slow", "still", "breez",
            "warm", "cosy", "cozy", "meadow", "lullab", "whisper", "float", "drift", "serene", "tranquil", "sigh", "relax", "content", "snug", "hush", "dream", "nap"],
        [MusicMood.Joyful] = ["happ", "happ", "joy", "joy", "laugh", "smil", "cheer", "delight", "bright", "sunn", "sunshin", "glee", "celebrat", "party",
            "danc", "sing", "song", "hug", "friend", "love", "wonderful", "hooray", "hurray", "grin", "glad", "feast", "festiv", "sparkl", "rainbow"],
        [MusicMood.Playful] = ["play", "play", "game", "silly", "giggl", "giggl", "tickl", "bounc", "hop", "skip", "jump", "trick", "prank", "mischie",
            "splash", "wiggl", "wobbl", "tumbl", "chase", "tag", "hide-and-seek", "funny", "joke", "cartwheel", "somersault", "squeak", "puppy", "kitten"],
        [MusicMood.Mysterious] = ["myster", "myster", "secret", "secret", "strange", "curious", "wonder", "hidden", "puzzl", "riddl", "clue", "map", "key",
            "door", "fog", "mist", "glow", "shimmer", "ancient", "rune", "magic", "spell", "unknown", "path", "cave", "forgotten", "enchant", "discover"],
        [MusicMood.Tense] = ["danger", "danger", "chase", "run", "ran", "hurr", "quick", "fast", "race", "escap", "trap", "alarm", "storm", "thunder",
            "crash", "roar", "fight", "battl", "attack", "threat", "sudden", "heart pound", "pound", "race", "rush", "panic", "fear", "afraid", "scream", "grab", "falling"],
        [MusicMood.Sad] = ["sad", "sad", "tear", "cry", "cried", "weep", "wept", "sorrow", "lonel", "lone", "alone", "lost", "miss", "goodbye", "farewell", "grief",
            "griev", "mourn", "broken", "empty", "grey", "gray", "rain", "sob", "heavy heart", "sorry", "gone", "wilt", "fade"],
        [MusicMood.Triumphant] = ["triumph", "triumph", "victor", "victor", "won", "win", "hero", "brave", "courag", "cheer", "crown", "glory", "glorious",
            "champion", "saved", "rescue", "proud", "trumpet", "banner", "at last", "succeed", "success", "conquer", "defeat", "overcame", "march", "summit", "mighty"],
        [MusicMood.Eerie] = ["eerie", "eerie", "ghost", "ghost", "haunt", "shadow", "dark", "creep", "creak", "spook", "spider", "skull", "grave", "moan",
            "howl", "chill", "cold", "shiver", "midnight", "silent", "whisper", "cobweb", "crypt", "bone", "wraith", "witch", "gloom", "hollow", "lurk", "uneas"],
    };
}
