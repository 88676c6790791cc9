<?php
/**
 * One block per widget, rendered on the server from blocks/<widget>/block.json (no build step: the editor side
 * is one plain script, assets/editor.js: a placeholder and a sidebar field per attribute).
 *
 * @package SolidarityWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Registers the editor script and the blocks. */
function solidarity_widgets_register_blocks() {
	wp_register_script(
		'solidarity-widgets-editor',
		plugins_url( 'assets/editor.js', SOLIDARITY_WIDGETS_DIR . '/solidarity-widgets.php' ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n' ),
		SOLIDARITY_WIDGETS_VERSION,
		true
	);
	$list = array();
	foreach ( solidarity_widgets_catalogue() as $name => $widget ) {
		$list[] = array(
			'name'       => 'solidarity-widgets/' . $name,
			'title'      => $widget['title'],
			'attributes' => $widget['attributes'],
		);
	}
	wp_add_inline_script( 'solidarity-widgets-editor', 'window.solidarityWidgetsBlocks = ' . wp_json_encode( $list ) . ';', 'before' );
	foreach ( array_keys( solidarity_widgets_catalogue() ) as $name ) {
		register_block_type(
			SOLIDARITY_WIDGETS_DIR . '/blocks/' . $name,
			array(
				'render_callback' => static function ( $attributes ) use ( $name ) {
					return solidarity_widgets_render( $name, is_array( $attributes ) ? $attributes : array() );
				},
			)
		);
	}
}
