// Starts GraphiQL against this server's /graphql endpoint with a first query to try.
(function () {
  const endpoint = new URL('../graphql', window.location.href).toString();
  const fetcher = GraphiQL.createFetcher({ url: endpoint });
  const defaultQuery = `# BrandContent delivery API: try market KR (Korean, then English) or a locale.
query Stories {
  stories(brand: "gia-lai", market: "KR", first: 5) {
    totalCount
    edges {
      node { title locale isFallback slug pillars { name } }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }));
})();
