using System.Globalization;

namespace StoryExhibit.Core.Costs;

/// <summary>Amounts as staff read them: "$1.73", "€0.004", "12.50 CHF"; tiny amounts keep enough digits to be seen.</summary>
public static class Money
{
    public static string Format(decimal amount, string currency)
    {
        var size = Math.Abs(amount);
        var digits = size == 0 || size >= 0.1m ? 2 : size >= 0.001m ? 3 : 4;
        var rounded = Math.Round(amount, digits, MidpointRounding.AwayFromZero);
        if (amount != 0 && rounded == 0) return "less than " + WithCurrency(0.0001m, 4, currency);
        return WithCurrency(rounded, digits, currency);
    }

    private static string WithCurrency(decimal amount, int digits, string currency)
    {
        var number = amount.ToString("N" + digits, CultureInfo.InvariantCulture);
        return currency.Trim().ToUpperInvariant() switch
        {
            "USD" => "$" + number,
            "EUR" => "€" + number,
            "GBP" => "£" + number,
            var code => $"{number} {code}",
        };
    }
}
