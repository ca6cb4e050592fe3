// Draws /api/network with cytoscape: pan, zoom, click a node for its profile.
// Served from the package; the Content-Security-Policy forbids inline scripts and CDNs.
(function () {
  "use strict";
  var box = document.getElementById("graph");
  var status = document.getElementById("graph-status");
  if (!box) return;
  if (typeof window.cytoscape !== "function") {
    status.textContent = "The graph library did not load; run 'npm ci && node scripts/copy-web-assets.js'.";
    return;
  }
  var colours = {
    Person: "#6f9fe8", Organization: "#a48be0", Company: "#f0a060", PublicBody: "#5fbf7a",
    Country: "#e8c440", Location: "#55bcbc", Facility: "#e27aa5", Product: "#9a9a9a",
    Nationality: "#c8c87a"
  };
  fetch(box.getAttribute("data-api"), { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(function (r) {
      if (!r.ok) return r.json().then(function (e) { throw new Error(e.error || r.statusText); });
      return r.json();
    })
    .then(function (data) {
      var maxMentions = 1;
      data.nodes.forEach(function (n) { maxMentions = Math.max(maxMentions, n.mentions || 0); });
      var elements = data.nodes.map(function (n) {
        var label = n.name.length > 40 ? n.name.slice(0, 39) + "…" : n.name;
        return { data: { id: n.id, label: label, type: n.type,
                         size: 14 + 30 * Math.sqrt((n.mentions || 0) / maxMentions),
                         colour: colours[n.type] || "#bbb", focus: n.id === data.focus ? 1 : 0 } };
      });
      data.edges.forEach(function (e) {
        elements.push({ data: { id: e.source + "~" + e.target, source: e.source, target: e.target,
                                width: Math.min(8, 1 + Math.log(1 + e.weight)),
                                colour: e.claims ? "#6d83b0" : "#c3cad6",
                                label: e.predicates.join(", ").replace(/_/g, " ") } });
      });
      var cy = window.cytoscape({
        container: box,
        elements: elements,
        wheelSensitivity: 0.3,
        style: [
          { selector: "node", style: { "background-color": "data(colour)", width: "data(size)",
            height: "data(size)", label: "data(label)", "font-size": 10, "text-valign": "bottom",
            "text-margin-y": 3, color: "#1d2330", "border-width": 1, "border-color": "#44516a" } },
          { selector: "node[focus = 1]", style: { "border-width": 3, "border-color": "#2456a6" } },
          { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)",
            "curve-style": "haystack", opacity: 0.8 } },
          { selector: "edge:selected", style: { label: "data(label)", "font-size": 9 } },
          { selector: ".faded", style: { opacity: 0.15 } }
        ],
        layout: { name: elements.length > 600 ? "grid" : "cose", animate: false, randomize: false,
                  nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 80; } }
      });
      cy.on("tap", "node", function (evt) {
        window.location.href = "/entities/" + encodeURIComponent(evt.target.id());
      });
      cy.on("mouseover", "node", function (evt) {
        var near = evt.target.closedNeighborhood();
        cy.elements().not(near).addClass("faded");
      });
      cy.on("mouseout", "node", function () { cy.elements().removeClass("faded"); });
      window.__graph = cy;
      status.textContent = data.nodes.length + " entities, " + data.edges.length + " ties.";
      box.setAttribute("data-ready", "1");
    })
    .catch(function (err) { status.textContent = "Could not load the network: " + err.message; });
})();
