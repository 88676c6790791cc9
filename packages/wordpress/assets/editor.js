/**
 * The editor side of the Solidarity Widgets blocks, in plain ES5 over WordPress's own globals (no build step).
 * Titles, descriptions and attributes come from each block's block.json (WordPress passes the server's
 * definitions to the editor); `window.solidarityWidgetsBlocks` lists the block names (includes/blocks.php).
 * The block shows a placeholder and a sidebar field per attribute; saving stores attributes only, and the page
 * is rendered on the server (includes/render.php), so a new API address applies to every page at once.
 */
(function (wp, names) {
  if (!wp || !wp.blocks || !wp.element || !names) return;
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var InspectorControls = (wp.blockEditor || wp.editor).InspectorControls;
  var PanelBody = wp.components.PanelBody;
  var Placeholder = wp.components.Placeholder;
  var TextControl = wp.components.TextControl;
  var ToggleControl = wp.components.ToggleControl;

  names.forEach(function (item) {
    wp.blocks.registerBlockType(item.name, {
      edit: function (props) {
        var fields = Object.keys(item.attributes).map(function (attr) {
          var kind = item.attributes[attr];
          var value = props.attributes[attr];
          var set = function (next) {
            var change = {};
            change[attr] = kind === 'int' ? (next === '' ? undefined : parseInt(next, 10) || undefined) : next;
            props.setAttributes(change);
          };
          if (kind === 'bool') return el(ToggleControl, { key: attr, label: attr, checked: !!value, onChange: set });
          return el(TextControl, { key: attr, label: attr, type: kind === 'int' ? 'number' : 'text', value: value === undefined ? '' : String(value), onChange: set });
        });
        return el('div', { className: props.className },
          el(InspectorControls, null, el(PanelBody, { title: __('Widget options', 'solidarity-widgets') }, fields)),
          el(Placeholder, { icon: 'megaphone', label: item.title, instructions: __('Shown here on the published page. Options are in the block sidebar; the API address, partner and colours under Settings → Solidarity Widgets.', 'solidarity-widgets') }));
      },
      save: function () { return null; },
    });
  });
})(window.wp, window.solidarityWidgetsBlocks);
