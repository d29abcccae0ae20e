namespace StoryExhibit.Core.Generation.Offline;

/// <summary>What a choice does; each kind has its own choice wording and its own consequences.</summary>
internal enum ChoiceKind { Explore, Talk, UseObject, Follow, Watch, Confront, Help, Trick, Wonder }

/// <summary>One choice taken on the path, as the story understood it.</summary>
internal sealed record PathStep(ChoiceKind Kind, string Text, bool IsFreeText, int Occurrence);
