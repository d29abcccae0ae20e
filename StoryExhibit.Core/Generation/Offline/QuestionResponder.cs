namespace StoryExhibit.Core.Generation.Offline;

/// <summary>Answers a message that carries no story brief, such as a visitor's question, from its own words.</summary>
internal static class QuestionResponder
{
    public static string Reply(string message)
    {
        var text = PromptReader.Clean(message, 200);
        var topic = TopicOf(text);
        var rng = StoryRandom.From("question", text);
        if (topic is null)
            return rng.Pick(Greetings) + "\n";
        var isQuestion = message.TrimEnd().EndsWith('?');
        var opening = isQuestion
            ? rng.Pick(["What a good question about {0}.", "You are wondering about {0}.", "Ah, {0}: a fine thing to ask about."])
            : rng.Pick(["You mentioned {0}.", "So, {0}.", "{0} is a lovely thing to think about."]);
        var offer = rng.Pick(new[]
        {
            "I am the exhibit's storyteller, so I answer best with a tale: start a new story about {0} and see where it leads.",
            "I cannot look facts up, but I can imagine a story about {0} with you. Try it as your story idea!",
            "Stories are what I know best. Give me {0} as an idea, and we will build an adventure together.",
        });
        return PromptReader.UpperFirst(string.Format(opening, topic)) + " " + string.Format(offer, topic) + "\n";
    }

    private static string? TopicOf(string text)
    {
        var words = PromptReader.Keywords(text).Take(3).ToArray();
        return words.Length switch
        {
            0 => null,
            1 => words[0],
            2 => $"{words[0]} and {words[1]}",
            _ => $"{words[0]}, {words[1]} and {words[2]}",
        };
    }

    private static readonly string[] Greetings =
    [
        "Hello! I am the storyteller. Tell me an idea, and we can turn it into a story.",
        "Hello there! Give me a character, a place or a wish, and I will start a story.",
    ];
}
