using MudBlazor;

namespace StoryExhibit.Web.Components.Layout;

/// <summary>
/// The exhibit's one look, for visitors and staff alike: a dark, warm night sky with gold, sized for a
/// kiosk read from arm's length. The colours are the ones app.css names as variables.
/// </summary>
public static class ExhibitTheme
{
    private static readonly string[] DisplayFont = ["Iowan Old Style", "Palatino Linotype", "Noto Serif", "DejaVu Serif", "Georgia", "serif"];
    private static readonly string[] BodyFont = ["Inter", "Segoe UI", "Noto Sans", "DejaVu Sans", "system-ui", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteDark = new PaletteDark
        {
            Primary = "#f3c969",
            PrimaryContrastText = "#1b1329",
            Secondary = "#7fd8c8",
            SecondaryContrastText = "#10231f",
            Tertiary = "#ff8f8f",
            Info = "#8fb8ff",
            Success = "#7fd8a0",
            Warning = "#f3c969",
            Error = "#ff8f8f",
            ErrorContrastText = "#1b1329",
            Background = "#120e22",
            BackgroundGray = "#1d1733",
            Surface = "#1d1733",
            DrawerBackground = "#1d1733",
            AppbarBackground = "rgba(20, 16, 36, 0.92)",
            AppbarText = "#f6f1e7",
            TextPrimary = "#f6f1e7",
            TextSecondary = "#c9c0dd",
            TextDisabled = "rgba(246, 241, 231, 0.5)",
            ActionDefault = "#c9c0dd",
            Divider = "rgba(255, 255, 255, 0.12)",
            LinesDefault = "rgba(255, 255, 255, 0.12)",
            LinesInputs = "rgba(255, 255, 255, 0.35)",
            TableLines = "rgba(255, 255, 255, 0.10)",
            TableStriped = "rgba(255, 255, 255, 0.03)",
            Skeleton = "rgba(255, 255, 255, 0.10)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = BodyFont, FontSize = "1rem", LineHeight = "1.5" },
            H1 = new H1Typography { FontFamily = DisplayFont, FontSize = "clamp(2rem, 2.6vw, 3.2rem)", FontWeight = "600", LineHeight = "1.15" },
            H2 = new H2Typography { FontFamily = DisplayFont, FontSize = "clamp(1.6rem, 2vw, 2.4rem)", FontWeight = "600", LineHeight = "1.2" },
            H3 = new H3Typography { FontFamily = DisplayFont, FontSize = "1.6rem", FontWeight = "600", LineHeight = "1.25" },
            H4 = new H4Typography { FontFamily = DisplayFont, FontSize = "1.4rem", FontWeight = "600", LineHeight = "1.3" },
            H5 = new H5Typography { FontFamily = DisplayFont, FontSize = "1.25rem", FontWeight = "600", LineHeight = "1.3" },
            H6 = new H6Typography { FontFamily = DisplayFont, FontSize = "1.1rem", FontWeight = "600", LineHeight = "1.35" },
            Button = new ButtonTypography { FontFamily = BodyFont, FontSize = "1.05rem", FontWeight = "600", TextTransform = "none", LetterSpacing = "0.01em" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "14px" },
    };
}
