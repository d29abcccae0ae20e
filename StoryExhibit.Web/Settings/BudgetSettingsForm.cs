using StoryExhibit.Core.Costs;

namespace StoryExhibit.Web.Settings;

/// <summary>The budgets page's fields: currency, daily budgets (a service without one is limited only by the total) and prices.</summary>
public sealed class BudgetSettingsForm
{
    public string Currency { get; set; } = "USD";
    public decimal? DailyBudget { get; set; }
    public decimal? TextBudget { get; set; }
    public decimal? ImagesBudget { get; set; }
    public decimal? SpeechBudget { get; set; }

    public decimal? TextPerMillionInputTokens { get; set; }
    public decimal? TextPerMillionOutputTokens { get; set; }
    public decimal? ImagePerPicture { get; set; }
    public decimal? SdxlTurboPerPicture { get; set; }
    public decimal? SpeechPerMillionCharacters { get; set; }

    /// <summary>The services that have a budget of their own on this page (music has none yet).</summary>
    public static readonly IReadOnlyList<GeneratorService> BudgetedServices = [GeneratorService.Text, GeneratorService.Images, GeneratorService.Speech];

    public decimal? BudgetFor(GeneratorService service) => service switch
    {
        GeneratorService.Text => TextBudget,
        GeneratorService.Images => ImagesBudget,
        GeneratorService.Speech => SpeechBudget,
        _ => null,
    };

    public static string FieldFor(GeneratorService service) => service + "Budget";

    public static string ServiceName(GeneratorService service) => service switch
    {
        GeneratorService.Text => "Story text",
        GeneratorService.Images => "Pictures",
        GeneratorService.Speech => "Speech (narration and speech input)", // press to talk is paid from the speech budget too
        _ => service.ToString(),
    };
}
