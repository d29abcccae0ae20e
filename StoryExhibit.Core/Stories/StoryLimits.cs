namespace StoryExhibit.Core.Stories;

/// <summary>Bounds on what a visitor may type; shared by the forms and the engine's own checks.</summary>
public static class StoryLimits
{
    public const int PromptMin = 3;
    public const int PromptMax = 500;
    public const int ElementMax = 60;
    public const int MaxCharacters = 4;
    public const int ChoiceMin = 3;
    public const int ChoiceMax = 200;
    public const int LengthMin = 3;
    public const int LengthMax = 12;
}
