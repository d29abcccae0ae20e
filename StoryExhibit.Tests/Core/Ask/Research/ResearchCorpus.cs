namespace StoryExhibit.Tests.Core.Ask.Research;

/// <summary>
/// A factual question and what the offline researcher should do with it: answer it from WordNet (naming the dictionary
/// word it answers about), or decline honestly because a dictionary cannot know the answer.
/// </summary>
public sealed record ResearchCorpusEntry(string Question, string? AnsweredAbout)
{
    public bool ExpectAnswered => AnsweredAbout is not null;
    public override string ToString() => Question;
}

/// <summary>
/// The labelled factual questions (children's phrasing and spellings included): the tests assert every one; the
/// benchmark (<c>research</c>) prints the share answered from WordNet and declined, and the time to the first fragment.
/// </summary>
public static class ResearchCorpus
{
    public static readonly IReadOnlyList<ResearchCorpusEntry> All =
    [
        new("What is a narwhal?", "narwhal"),
        new("What are clouds?", "cloud"),
        new("whats a volcano", "volcano"),
        new("what is an octopus", "octopus"),
        new("What does enormous mean?", "enormous"),
        new("what does gallop mean", "gallop"),
        new("Who was Albert Einstein?", "albert_einstein"),
        new("who was cleopatra", "cleopatra"),
        new("Where is Paris?", "paris"),
        new("What is the difference between an alligator and a crocodile?", "alligator/crocodile"),
        new("what's the difference between a frog and a toad", "frog/toad"),
        new("wat is a dinosor", "dinosaur"),
        new("what is a narwal?", "narwal"), // WordNet knows this spelling too
        new("What are mice?", "mouse"),
        new("what is a butterfly", "butterfly"),
        new("What's photosynthesis?", "photosynthesis"),
        new("define nocturnal", "nocturnal"),
        new("what is the meaning of brave", "brave"),
        new("tell me about penguins", "penguin"),
        new("What is a black hole?", "black_hole"),
        new("who was shakespeare", "shakespeare"),
        new("Where is Mount Everest?", "mount_everest"),
        new("what is a comet", "comet"),
        new("What is gravity?", "gravity"),
        new("what are geese", "goose"),
        new("What is the difference between a moth and a butterfly?", "moth/butterfly"),
        new("what does curious mean", "curious"),
        new("what is a glacier", "glacier"),
        new("How far away is the moon?", null),
        new("how many legs does a spider have", null),
        new("Why is the sky blue?", null),
        new("Who invented the telephone?", null),
        new("What is the capital of France?", "capital_of_france"), // Paris is "capital of France" in WordNet
        new("how tall is the eiffel tower", null),
        new("When did the dinosaurs die out?", null),
        new("what is the biggest animal in the world", null),
        new("How hot is the sun?", null),
        new("what is a snorklewhumpus", null),
        new("what is 7 times 8", null),
        new("how do airplanes fly", null),
        new("What is a zorblaxian?", null),
        new("what year is it", null),
    ];
}
