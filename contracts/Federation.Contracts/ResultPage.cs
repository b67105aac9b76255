namespace Federation.Contracts;

/// <summary>One page of a list, in the list's stable order.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="Total">How many items the whole list holds (an estimate when <see cref="TotalIsEstimate"/>).</param>
public record ResultPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    /// <summary>
    /// True when the list was asked for with <c>total=estimate</c> and <see cref="Total"/> is an estimate (two figures) of
    /// a search's matches; the page itself is exact.
    /// </summary>
    public bool TotalIsEstimate { get; init; }
}
