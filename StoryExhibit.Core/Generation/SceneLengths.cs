using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Generation;

public enum SceneLength { Short, Standard, Long }

/// <summary>How many words of prose a scene aims at, by audience and the staff's scene length.</summary>
public static class SceneLengths
{
    public static int WordsFor(Audience audience, SceneLength length)
    {
        var standard = audience switch { Audience.Children => 88, Audience.Teens => 105, _ => 120 };
        return length switch
        {
            SceneLength.Short => standard * 6 / 10,
            SceneLength.Long => standard * 17 / 10,
            _ => standard,
        };
    }

    /// <summary>A cap on a remote model's answer: the prose (about 4 tokens per 3 words) with room to spare, plus the choices.</summary>
    public static int TokenBudget(int words) => words * 2 + 200;
}
