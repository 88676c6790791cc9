<?php
/**
 * Plugin Name:       Solidarity Widgets
 * Plugin URI:        https://github.com/solidarity-widgets/solidarity-widgets/tree/main/packages/wordpress
 * Description:       Find your constituency, sign up to canvass, send and show messages of solidarity: the Solidarity Widgets as a shortcode and blocks, with one settings page. No build step.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Solidarity Widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       solidarity-widgets
 *
 * @package SolidarityWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit; // Loaded by WordPress only.
}

define( 'SOLIDARITY_WIDGETS_VERSION', '0.1.0' );
define( 'SOLIDARITY_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/widgets.php';
require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings-page.php';
require_once __DIR__ . '/includes/blocks.php';

add_shortcode( 'solidarity_widget', 'solidarity_widgets_shortcode' );
add_action( 'init', 'solidarity_widgets_register_blocks' );
add_action( 'admin_init', 'solidarity_widgets_register_settings' );
add_action( 'admin_menu', 'solidarity_widgets_add_settings_page' );
add_filter( 'script_loader_tag', 'solidarity_widgets_module_tag', 10, 3 );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'solidarity_widgets_action_links' );
