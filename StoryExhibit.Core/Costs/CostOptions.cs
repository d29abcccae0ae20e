namespace StoryExhibit.Core.Costs;

/// <summary>Prices and daily budgets (<c>Costs</c> in appsettings.json). Offline providers cost nothing.</summary>
public sealed class CostOptions
{
    public const string Section = "Costs";

    public string Currency { get; set; } = "USD";
    /// <summary>The most the whole exhibit may spend per day (UTC); 0 means no paid calls at all.</summary>
    public decimal DailyBudget { get; set; } = 20m;
    /// <summary>Per service daily budgets; a service without an entry is limited only by <see cref="DailyBudget"/>.</summary>
    public Dictionary<GeneratorService, decimal> ServiceBudgets { get; set; } = new();
    public PriceList Prices { get; set; } = new();
}

/// <summary>What the paid providers charge, in <see cref="CostOptions.Currency"/>.</summary>
public sealed class PriceList
{
    public decimal TextPerMillionInputTokens { get; set; } = 0.15m;
    public decimal TextPerMillionOutputTokens { get; set; } = 0.60m;
    public decimal ImagePerPicture { get; set; } = 0.04m;
    public decimal SdxlTurboPerPicture { get; set; } = 0.002m;
    public decimal SpeechPerMillionCharacters { get; set; } = 15m;
    /// <summary>Speech input sent to a transcription service, per minute of audio.</summary>
    public decimal SpeechInputPerMinute { get; set; } = 0.006m;
}
