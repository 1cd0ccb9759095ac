/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Component Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.ComponentGroup#getTitle <em>Title</em>}</li>
 *   <li>{@link org.curriculum.model.ComponentGroup#isMandatory <em>Mandatory</em>}</li>
 *   <li>{@link org.curriculum.model.ComponentGroup#getMinimumCredits <em>Minimum Credits</em>}</li>
 *   <li>{@link org.curriculum.model.ComponentGroup#getMaximumCredits <em>Maximum Credits</em>}</li>
 *   <li>{@link org.curriculum.model.ComponentGroup#getMinimumComponents <em>Minimum Components</em>}</li>
 *   <li>{@link org.curriculum.model.ComponentGroup#getComponents <em>Components</em>}</li>
 *   <li>{@link org.curriculum.model.ComponentGroup#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getComponentGroup()
 * @model
 * @generated
 */
public interface ComponentGroup extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.curriculum.model.CurriculumPackage#getComponentGroup_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.curriculum.model.ComponentGroup#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Mandatory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mandatory</em>' attribute.
	 * @see #setMandatory(boolean)
	 * @see org.curriculum.model.CurriculumPackage#getComponentGroup_Mandatory()
	 * @model
	 * @generated
	 */
	boolean isMandatory();

	/**
	 * Sets the value of the '{@link org.curriculum.model.ComponentGroup#isMandatory <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mandatory</em>' attribute.
	 * @see #isMandatory()
	 * @generated
	 */
	void setMandatory(boolean value);

	/**
	 * Returns the value of the '<em><b>Minimum Credits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum Credits</em>' attribute.
	 * @see #setMinimumCredits(Integer)
	 * @see org.curriculum.model.CurriculumPackage#getComponentGroup_MinimumCredits()
	 * @model
	 * @generated
	 */
	Integer getMinimumCredits();

	/**
	 * Sets the value of the '{@link org.curriculum.model.ComponentGroup#getMinimumCredits <em>Minimum Credits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Credits</em>' attribute.
	 * @see #getMinimumCredits()
	 * @generated
	 */
	void setMinimumCredits(Integer value);

	/**
	 * Returns the value of the '<em><b>Maximum Credits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Maximum Credits</em>' attribute.
	 * @see #setMaximumCredits(Integer)
	 * @see org.curriculum.model.CurriculumPackage#getComponentGroup_MaximumCredits()
	 * @model
	 * @generated
	 */
	Integer getMaximumCredits();

	/**
	 * Sets the value of the '{@link org.curriculum.model.ComponentGroup#getMaximumCredits <em>Maximum Credits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum Credits</em>' attribute.
	 * @see #getMaximumCredits()
	 * @generated
	 */
	void setMaximumCredits(Integer value);

	/**
	 * Returns the value of the '<em><b>Minimum Components</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum Components</em>' attribute.
	 * @see #setMinimumComponents(Integer)
	 * @see org.curriculum.model.CurriculumPackage#getComponentGroup_MinimumComponents()
	 * @model
	 * @generated
	 */
	Integer getMinimumComponents();

	/**
	 * Sets the value of the '{@link org.curriculum.model.ComponentGroup#getMinimumComponents <em>Minimum Components</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Components</em>' attribute.
	 * @see #getMinimumComponents()
	 * @generated
	 */
	void setMinimumComponents(Integer value);

	/**
	 * Returns the value of the '<em><b>Components</b></em>' reference list.
	 * The list contents are of type {@link org.curriculum.model.CurriculumComponent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Components</em>' reference list.
	 * @see org.curriculum.model.CurriculumPackage#getComponentGroup_Components()
	 * @model
	 * @generated
	 */
	EList<CurriculumComponent> getComponents();

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.ListingEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group's table as the document prints it (number and title), for comparison with the components.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getComponentGroup_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<ListingEntry> getEntries();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group's table as printed (numbers and titles) agrees with the group's components, and a group titled for one level holds only components of that level.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validatePrintedTable(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ComponentGroup
