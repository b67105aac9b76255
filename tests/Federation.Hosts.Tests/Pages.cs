using System.Net.Http.Json;
using Federation.Contracts;

namespace Federation.Hosts.Tests;

/// <summary>Every item of a paged list (<see cref="ResultPage{T}"/>), read a hundred at a time.</summary>
public static class Pages
{
    /// <param name="path">The list's path and query, without paging.</param>
    public static async Task<List<T>> AllAsync<T>(HttpClient client, string path)
    {
        var items = new List<T>();
        var separator = path.Contains('?') ? '&' : '?';
        for (var page = 1; ; page++)
        {
            var answer = (await client.GetFromJsonAsync<ResultPage<T>>($"{path}{separator}pageSize=100&page={page}"))!;
            items.AddRange(answer.Items);
            if (answer.Items.Count == 0 || page * answer.PageSize >= answer.Total) return items;
        }
    }
}
